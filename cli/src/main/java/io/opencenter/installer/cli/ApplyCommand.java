package io.opencenter.installer.cli;

import io.opencenter.installer.install.Clouds;
import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.install.InstallRequest;
import io.opencenter.installer.install.InstallResult;
import io.opencenter.installer.install.Kubeconfigs;
import io.opencenter.installer.install.OpenedCloud;
import io.opencenter.installer.install.SandboxProvider;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.spec.Finding;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Installs the cluster the config describes: preflight (nothing is created unless it passes), "
                + "then the infrastructure (network, subnet, router, security groups, VIP port and floating IP, "
                + "server group, volumes, servers), then bootstrap, GitOps and rollout. Prints one line per "
                + "resource state change.",
                "Safe to run again at any time: what exists is found by tag and name and adopted, so a second "
                        + "apply creates nothing, and an interrupted one continues where it stopped.",
                "Ctrl-C cancels gracefully: calls in flight finish and are journaled, nothing new starts (the "
                        + "process waits up to 30 s for that, then exits with the shell's status for an interrupt); "
                        + "run the same 'apply -f FILE' to resume.",
                "Bootstrap: the servers become a Kubernetes cluster on their own; apply writes the admin "
                        + "kubeconfig and waits until every node is Ready. GitOps: the cluster's Flux repository is "
                        + "published and Flux installed. Rollout: one line per platform service state change, then "
                        + "a table of every service; a service left Degraded makes apply exit 1, and the same "
                        + "'apply -f FILE' rolls it again once its cause is fixed. A phase this version does not "
                        + "have is reported as not available (exit 1); '--until' the last one it has succeeds.",
                "With spec.cloud.sandbox: true it runs against the " + SandboxProvider.LABEL + " whose state "
                        + "lives in the workspace (so a later destroy, and the wizard, see it)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every phase up to --until is done",
                "1:failure, cancelled, or --until names a phase this version cannot run (the earlier ones are done)",
                "2:findings of severity error in the config or from preflight (nothing was created)"})
final class ApplyCommand extends ClusterCommand {

    private final Kubeconfigs kubeconfigs;
    private final InstallRunner installer;

    ApplyCommand(Clouds clouds, Kubeconfigs kubeconfigs, InstallRunner installer) {
        super(clouds);
        this.kubeconfigs = kubeconfigs;
        this.installer = installer;
    }

    @Option(names = "--merge-kubeconfig", description = "Once bootstrap is done, add the cluster to your kubeconfig "
            + "(see 'kubeconfig --help'; an entry of the same name with other settings is left alone).")
    boolean mergeKubeconfig;

    /** The config's cluster, once it is known to be valid. */
    private String cluster;
    /** The catalog's names of the services, once the config is known to be valid. */
    private ServiceLabels labels = ServiceLabels.of(null);

    @Option(names = "--until", paramLabel = "PHASE", converter = UntilOption.class,
            description = "Stop after this phase: " + UntilOption.CHOICES + " (default: all phases).")
    InstallPhase until = InstallPhase.HEALTH;

    @Override
    public Integer call() {
        return withValidConfig(FindingsReport.Format.TEXT, "the cloud was not contacted", this::apply);
    }

    private int apply(ConfigCheck check, Catalog catalog) {
        cluster = check.config().name();
        labels = ServiceLabels.of(catalog);
        PrintWriter out = out();
        PrintWriter err = err();
        try (OpenedCloud cloud = clouds.forCluster(check.config(), WorkspaceOption.of(spec), true)) {
            if (!cloud.usable()) {
                FindingsReport.print(out, FindingsReport.Format.TEXT, false, cloud.findings());
                err.println("error: fix the findings above; nothing was created");
                return ExitCodes.FINDINGS;
            }
            InstallRequest request = new InstallRequest(check.config(), cloud.connection(),
                    WorkspaceOption.of(spec), until, catalog);
            Cancellation cancel = new Cancellation();
            try (GracefulInterrupt ignored = GracefulInterrupt.install(cancel, err)) {
                InstallResult result = installer.run(request, new ProgressLines(out, catalog), cancel);
                return report(result, check.findings(), out, err);
            }
        } catch (OpenStackException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    private int report(InstallResult result, List<Finding> configFindings, PrintWriter out, PrintWriter err) {
        String again = "run 'apply -f " + config.file + "' again";
        switch (result.outcome()) {
            case COMPLETE -> {
                out.println(config.file + ": " + result.message());
                clusterReport(result, out, err);
                return degraded(result, err) ? ExitCodes.FAILURE : ExitCodes.OK;
            }
            case PREFLIGHT_FAILED -> {
                List<Finding> all = new ArrayList<>(configFindings);
                all.addAll(result.preflight().findings());
                FindingsReport.print(out, FindingsReport.Format.TEXT, false, all);
                QuotaTable.print(out, result.preflight().quotaTable());
                err.println("error: " + result.message());
                return ExitCodes.FINDINGS;
            }
            case PHASE_NOT_AVAILABLE -> {
                clusterReport(result, out, err);
                if (!degraded(result, err)) {
                    String last = result.lastDone().name().toLowerCase(Locale.ROOT);
                    err.println("error: " + result.message() + " (use --until " + last + " to stop there)");
                }
                return ExitCodes.FAILURE;
            }
            case CANCELLED -> {
                err.println("cancelled: what was created is journaled; " + again + " to resume");
                return ExitCodes.FAILURE;
            }
            default -> {
                clusterReport(result, out, null);
                err.println("error: " + result.message());
                if (!degraded(result, err)) {
                    err.println("nothing is lost: what was created is journaled; " + again + " to retry");
                }
                return ExitCodes.FAILURE;
            }
        }
    }

    /** The cluster, its repository and its services, as far as the run got; merges the kubeconfig when asked. */
    private void clusterReport(InstallResult result, PrintWriter out, PrintWriter mergeErr) {
        if (result.bootstrap() != null) {
            BootstrapReport.print(out, result.bootstrap());
            if (mergeErr != null) {
                mergeKubeconfig(result, out, mergeErr);
            }
        }
        if (result.gitops() != null) {
            RolloutReport.gitops(out, result.gitops());
        }
        RolloutReport.services(out, result.services(), labels);
        out.flush();
    }

    /** Says which services are degraded and how to roll them again; false when none is. */
    private boolean degraded(InstallResult result, PrintWriter err) {
        List<String> degraded = RolloutReport.degraded(result.services());
        if (degraded.isEmpty()) {
            return false;
        }
        err.println("error: " + degraded.size() + " platform service(s) degraded: "
                + String.join(", ", degraded.stream().map(labels::label).toList()) + " (reasons in the table above)");
        err.println("fix the cause, then run 'opencenter-installer apply -f " + config.file + "' again: it resumes, "
                + "keeps what is ready and rolls the degraded services (and those they blocked) again");
        return true;
    }

    /** With --merge-kubeconfig, once Bootstrap is done; its outcome is printed, the install's exit code stands. */
    private void mergeKubeconfig(InstallResult result, PrintWriter out, PrintWriter err) {
        if (mergeKubeconfig && result.lastDone() != null
                && result.lastDone().ordinal() >= InstallPhase.BOOTSTRAP.ordinal()) {
            KubeconfigCommand.merge(WorkspaceOption.of(spec), cluster, false, false, kubeconfigs, out, err,
                    "'kubeconfig -f " + config.file + " --merge --overwrite'");
        }
    }
}
