package io.opencenter.installer.cli;

import io.opencenter.installer.install.Clouds;
import io.opencenter.installer.install.OpenedCloud;
import io.opencenter.installer.install.Uninstall;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.destroy.DestroyInventory;
import io.opencenter.installer.provision.destroy.DestroyResult;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ConfigField;
import io.opencenter.installer.spec.Finding;
import java.io.Console;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "destroy", mixinStandardHelpOptions = true,
        description = {"Removes everything of the cluster from the cloud: the installer's resources (found by the "
                + "cluster tag and name, including leftovers of failed creates), volumes the Cinder CSI driver made "
                + "for its PVCs and load balancers the cloud controller manager made for its Services.",
                "Lists all of it first, grouped by who made it, and asks you to type the cluster name; --yes skips "
                        + "the question. Without a terminal and without --yes it refuses. Safe to repeat; prints "
                        + "what could not be removed and why.",
                "Only metadata.name and spec.cloud of the config are needed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing of the cluster is left (or there was nothing)",
                "1:something could not be removed, not confirmed, cancelled, or another failure",
                "2:the config cannot be read as a cluster config (findings are printed)"})
final class DestroyCommand extends ClusterCommand {

    DestroyCommand(Clouds clouds) {
        super(clouds);
    }

    @Option(names = {"-y", "--yes"}, description = "Delete without asking.")
    boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        ConfigCheck check;
        try {
            check = ConfigCheck.of(config.file, Catalog.builtIn());
        } catch (CliFailure e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        ClusterConfig cfg = check.config();
        if (cfg == null || cfg.name() == null || cfg.spec() == null) {
            List<Finding> shown = check.findings().isEmpty()
                    ? List.of(Finding.error(ConfigField.NAME.path(), "the config names no cluster", null)) : check.findings();
            FindingsReport.print(out, FindingsReport.Format.TEXT, false, shown);
            return ExitCodes.FINDINGS;
        }
        try (OpenedCloud cloud = clouds.forCluster(cfg, WorkspaceOption.of(spec), false)) {
            if (!cloud.usable()) {
                FindingsReport.print(out, FindingsReport.Format.TEXT, false, cloud.findings());
                return ExitCodes.FINDINGS;
            }
            Uninstall uninstall = new Uninstall(cfg, cloud.connection(), WorkspaceOption.of(spec));
            return destroy(uninstall, out, err);
        } catch (OpenStackException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    private int destroy(Uninstall uninstall, PrintWriter out, PrintWriter err) {
        String where = uninstall.cloudDescription();
        DestroyInventory inventory = uninstall.inventory();
        if (inventory.isEmpty()) {
            out.println("nothing of cluster " + uninstall.cluster() + " found on " + where + "; nothing to do");
            out.flush();
            return ExitCodes.OK;
        }
        DestroyReport.inventory(out, inventory, where);
        out.println();
        out.flush();
        if (!yes && !confirmed(uninstall.cluster(), inventory.size(), err)) {
            return ExitCodes.FAILURE;
        }
        Cancellation cancel = new Cancellation();
        try (GracefulInterrupt ignored = GracefulInterrupt.install(cancel, err)) {
            DestroyResult result = uninstall.destroy(inventory, new ProgressLines(out), cancel);
            return DestroyReport.result(out, err, result, uninstall.cluster()) ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    /** Asks on the terminal; without one there is nobody to ask, so it refuses rather than guess. */
    private static boolean confirmed(String cluster, int count, PrintWriter err) {
        Console console = System.console();
        if (console == null) {
            err.println("error: not deleting " + count + " resource(s) without confirmation, and there is no terminal "
                    + "to ask on (hint: add --yes to delete without asking)");
            err.flush();
            return false;
        }
        String typed = console.readLine("Type the cluster name (%s) to delete these %d resource(s): ", cluster, count);
        if (typed == null || !typed.strip().equals(cluster)) {
            err.println("not confirmed; nothing was deleted");
            err.flush();
            return false;
        }
        return true;
    }
}
