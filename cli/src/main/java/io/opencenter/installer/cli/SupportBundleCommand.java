package io.opencenter.installer.cli;

import io.opencenter.installer.support.SupportBundle;
import io.opencenter.installer.support.SupportBundleReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "support-bundle", mixinStandardHelpOptions = true,
        description = {"Writes a zip to attach to a bug report: the workspace's logs, each cluster's config copy, "
                + "journal and last preflight results, and the versions of the installer, Java and the OS.",
                "Secrets are masked in every entry; the sandbox state and keys are left out."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:bundle written", "1:failure (the file or the workspace cannot be written or read)"})
final class SupportBundleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
            description = "The zip to write (replaced if present; missing folders are created, owner-only).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            SupportBundleReport report = SupportBundle.write(WorkspaceOption.of(spec), out);
            stdout.printf("wrote %s (%d entries, %d value(s) masked)%n", report.file(), report.entries().size(),
                    report.redactions());
            report.entries().forEach(e -> stdout.println("  " + e));
            stdout.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            stderr.println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
