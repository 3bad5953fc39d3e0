package io.opencenter.installer.cli;

import io.opencenter.installer.platform.Catalog;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a cluster config file against every rule, without touching any cloud.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:valid", "1:failure (file unreadable, bad option)", "2:findings of severity error"})
final class ValidateCommand extends ConfigCommand {

    @Mixin
    OutputFormatOption output;

    @Override
    public Integer call() {
        PrintWriter out = out();
        try {
            ConfigCheck check = ConfigCheck.of(config.file, Catalog.builtIn());
            boolean valid = !check.hasErrors();
            FindingsReport.print(out, output.format, valid, check.findings());
            if (valid && output.format == FindingsReport.Format.TEXT) {
                out.println(config.file + ": valid");
                out.flush();
            }
            return valid ? ExitCodes.OK : ExitCodes.FINDINGS;
        } catch (CliFailure e) {
            err().println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

}
