package io.opencenter.installer.cli;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.spec.SpecValidator;
import io.opencenter.installer.spec.SpecYaml;
import io.opencenter.installer.workspace.TextFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Load + validate a config file, the same way the wizard does: syntax findings first, then the rules. */
record ConfigCheck(ClusterConfig config, List<Finding> findings) {

    static ConfigCheck of(Path file, Catalog catalog) throws CliFailure {
        if (!Files.exists(file)) {
            throw new CliFailure("cannot read config file " + file + ": no such file");
        }
        if (!Files.isReadable(file)) {
            throw new CliFailure("cannot read config file " + file + ": permission denied");
        }
        SpecYaml.LoadResult loaded;
        try {
            loaded = SpecYaml.load(file);
        } catch (TextFiles.Unreadable e) {
            throw new CliFailure("cannot read config file " + e.getMessage()); // a folder, FIFO, too large, binary
        } catch (IOException e) {
            throw new CliFailure("cannot read config file " + file + ": " + e.getMessage());
        }
        List<Finding> findings = new ArrayList<>(loaded.findings());
        if (loaded.config() != null) {
            findings.addAll(new SpecValidator(catalog.knownServices()).validate(loaded.config()));
        }
        return new ConfigCheck(loaded.config(), List.copyOf(findings));
    }

    /**
     * For commands that go on only with a valid config: on an unreadable file or error findings prints them
     * ({@code format}) and, in text form, {@code error: fix the config findings above; <outcome>}, then ends the
     * command with {@link ExitCodes#FAILURE} or {@link ExitCodes#FINDINGS}.
     */
    static ConfigCheck requireValid(Path file, Catalog catalog, FindingsReport.Format format, PrintWriter out,
                                    PrintWriter err, String outcome) throws CommandExit {
        ConfigCheck check;
        try {
            check = of(file, catalog);
        } catch (CliFailure e) {
            err.println("error: " + e.getMessage());
            throw new CommandExit(ExitCodes.FAILURE);
        }
        if (check.hasErrors()) {
            FindingsReport.print(out, format, false, check.findings());
            if (format == FindingsReport.Format.TEXT) {
                err.println("error: fix the config findings above; " + outcome);
            }
            throw new CommandExit(ExitCodes.FINDINGS);
        }
        return check;
    }

    boolean hasErrors() {
        return config == null || findings.stream().anyMatch(Finding::isError);
    }
}
