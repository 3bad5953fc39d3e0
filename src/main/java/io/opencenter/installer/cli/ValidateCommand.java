package io.opencenter.installer.cli;

import io.opencenter.installer.platform.Catalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a cluster config file against every rule, without touching any cloud.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:valid", "1:failure (file unreadable, bad option)", "2:findings of severity error"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--file"}, required = true, paramLabel = "FILE", description = "The cluster config (YAML).")
    Path file;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class, description = "text or json (default: ${DEFAULT-VALUE}).")
    FindingsReport.Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            ConfigCheck check = ConfigCheck.of(file, Catalog.builtIn());
            boolean valid = !check.hasErrors();
            FindingsReport.print(out, format, valid, check.findings());
            if (valid && format == FindingsReport.Format.TEXT) {
                out.println(file + ": valid");
                out.flush();
            }
            return valid ? ExitCodes.OK : ExitCodes.FINDINGS;
        } catch (CliFailure e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<FindingsReport.Format> {
        @Override
        public FindingsReport.Format convert(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "text" -> FindingsReport.Format.TEXT;
                case "json" -> FindingsReport.Format.JSON;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "unknown output format '" + value + "': use text or json");
            };
        }
    }
}
