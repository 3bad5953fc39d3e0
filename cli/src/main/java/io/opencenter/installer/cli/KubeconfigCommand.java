package io.opencenter.installer.cli;

import io.opencenter.installer.bootstrap.kubeconfig.MergeResult;
import io.opencenter.installer.install.Kubeconfigs;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "kubeconfig", mixinStandardHelpOptions = true,
        description = {"Where the admin kubeconfig of a bootstrapped cluster is (the workspace keeps it, 0600), or, "
                + "with --merge, adds the cluster to your own kubeconfig: the file KUBECONFIG names first that "
                + "exists (else ~/.kube/config), backed up before it changes, with a cluster, user and context "
                + "named after the cluster. An entry of that name with other settings is not replaced unless "
                + "you add --overwrite."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:shown, merged, or already there", "1:not bootstrapped yet, or a file cannot be used",
                "2:findings in the config, or a name taken (use --overwrite)"})
final class KubeconfigCommand extends ConfigCommand {

    private final Kubeconfigs kubeconfigs;

    KubeconfigCommand(Kubeconfigs kubeconfigs) {
        this.kubeconfigs = kubeconfigs;
    }

    @Option(names = "--merge", description = "Add the cluster to your kubeconfig.")
    boolean merge;

    @Option(names = "--overwrite", description = "With --merge: replace entries of the same names.")
    boolean overwrite;

    @Option(names = "--use-context", description = "With --merge: make the cluster's context the current one.")
    boolean useContext;

    @Override
    public Integer call() {
        return withValidConfig(FindingsReport.Format.TEXT, "nothing was changed", this::run);
    }

    private int run(ConfigCheck check, Catalog catalog) {
        String cluster = check.config().name();
        Path admin = ClusterFiles.of(WorkspaceOption.of(spec), cluster).kubeconfig();
        if (!merge) {
            if (!Files.isRegularFile(admin)) {
                err().println("error: cluster " + cluster + " has no admin kubeconfig yet (" + admin
                        + "): run 'apply -f " + config.file + "' first");
                return ExitCodes.FAILURE;
            }
            out().println(admin);
            return ExitCodes.OK;
        }
        return merge(WorkspaceOption.of(spec), cluster, overwrite, useContext, kubeconfigs, out(), err(),
                "'kubeconfig -f " + config.file + " --merge --overwrite'");
    }

    /** The merge both this command and {@code apply --merge-kubeconfig} run; prints its outcome. */
    static int merge(Workspace workspace, String cluster, boolean overwrite,
                     boolean useContext, Kubeconfigs kubeconfigs, PrintWriter out, PrintWriter err,
                     String overwriteCommand) {
        try {
            MergeResult result = kubeconfigs.mergeIntoUserConfig(workspace, cluster, overwrite, useContext);
            if (result.outcome() == MergeResult.Outcome.CONFLICT) {
                err.println("kubeconfig: not changed: " + result.describe() + "; to replace them run "
                        + overwriteCommand);
                return ExitCodes.FINDINGS;
            }
            out.println("kubeconfig: " + result.describe());
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
