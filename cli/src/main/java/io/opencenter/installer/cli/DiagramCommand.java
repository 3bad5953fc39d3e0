package io.opencenter.installer.cli;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.topology.DiagramFormat;
import io.opencenter.installer.topology.TopologyBuilder;
import io.opencenter.installer.topology.TopologyDiagram;
import io.opencenter.installer.workspace.Folders;
import io.opencenter.installer.workspace.IoProblems;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "diagram", mixinStandardHelpOptions = true,
        description = "Draws the namespace topology that the config would deploy, as SVG or PNG.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:diagram written", "1:failure (unreadable file, bad output name, I/O error)",
                "2:the config has findings of severity error (they are printed)"})
final class DiagramCommand extends ConfigCommand {

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT",
            description = "Output file; the extension picks the format: .svg or .png. Missing folders are created, "
                    + "owner-only.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = out();
        PrintWriter stderr = err();
        try {
            DiagramFormat format = DiagramFormat.fromPath(out);
            Catalog catalog = Catalog.builtIn();
            ConfigCheck check = ConfigCheck.of(config.file, catalog);
            if (check.hasErrors()) {
                FindingsReport.print(stdout, FindingsReport.Format.TEXT, false, check.findings());
                stderr.println("error: fix the findings above, then draw the diagram again");
                return ExitCodes.FINDINGS;
            }
            TopologyDiagram diagram = TopologyBuilder.build(check.config(), catalog);
            Folders.createParentOf(out);
            format.write(diagram, out);
            stdout.printf("wrote %s (%d namespaces, %d services, %d data-flow paths)%n",
                    out, diagram.namespaces().size(), diagram.services().size(), diagram.flows().size());
            return ExitCodes.OK;
        } catch (IllegalArgumentException | CliFailure e) {
            stderr.println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        } catch (IOException e) {
            stderr.println("error: cannot write " + out + ": " + IoProblems.describe(e));
            return ExitCodes.FAILURE;
        }
    }
}
