package io.opencenter.installer.cli;

import io.opencenter.installer.install.Clouds;
import io.opencenter.installer.install.SandboxProvider;
import io.opencenter.installer.install.TofuExport;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.workspace.IoProblems;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "tofu", mixinStandardHelpOptions = true,
        description = {"Writes the infrastructure plan as an OpenTofu (or Terraform) module: versions.tf (the "
                + "terraform-provider-openstack/openstack provider, pinned " + TofuExport.PROVIDER_VERSION
                + "), variables.tf (the cloud and credentials; secrets are sensitive variables without defaults), "
                + "main.tf (one resource per planned resource, the same names and cluster tag) and outputs.tf.",
                "The module holds no secret. Nodes get the same user-data as 'apply' would give them. Contacts no cloud."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:module written", "1:failure (unreadable file, I/O error)",
                "2:the config has findings of severity error (they are printed)"})
final class ExportTofuCommand extends ConfigCommand {

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder for the module "
            + "(created when missing, owner-only, as are missing folders above it; its .tf files of the same names "
            + "are replaced).")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        try {
            ConfigCheck check = ConfigCheck.of(config.file, Catalog.builtIn());
            if (check.hasErrors()) {
                FindingsReport.print(out, FindingsReport.Format.TEXT, false, check.findings());
                err.println("error: fix the findings above, then export again");
                return ExitCodes.FINDINGS;
            }
            TofuExport.Written written = TofuExport.write(check.config(), dir);
            out.printf("wrote %s to %s (%d resources of cluster %s)%n", String.join(", ", written.files()), dir,
                    written.resources(), written.cluster());
            if (Clouds.isSandbox(check.config())) {
                out.println("note: the config names the " + SandboxProvider.LABEL + ", which OpenTofu cannot "
                        + "reach; set the cloud variables to a real cloud");
            }
            out.flush();
            return ExitCodes.OK;
        } catch (CliFailure e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        } catch (IOException e) {
            err.println("error: cannot write the module to " + dir + ": " + IoProblems.describe(e));
            return ExitCodes.FAILURE;
        }
    }
}
