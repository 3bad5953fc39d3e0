package io.opencenter.installer.cli;

import io.opencenter.installer.platform.Catalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a cluster config file against every rule, without touching any cloud.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:valid", "1:failure (file unreadable, bad option)", "2:findings of severity error"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigFileOption config;

    @Mixin
    OutputFormatOption output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
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
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

}
