package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.bootstrap.NodeProgress;
import io.opencenter.installer.bootstrap.NodeState;
import io.opencenter.installer.bootstrap.kubeconfig.AdminKubeconfig;
import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.bootstrap.pki.PkiStore;
import io.opencenter.installer.install.BootstrapSummary;
import io.opencenter.installer.install.ClusterPlans;
import io.opencenter.installer.install.InstallListener;
import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.install.InstallRequest;
import io.opencenter.installer.install.InstallResult;
import io.opencenter.installer.install.PhaseState;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProgressSnapshot;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.provision.ResourceEvent;
import io.opencenter.installer.provision.ResourceState;
import io.opencenter.installer.ui.wizard.install.InstallServices;
import io.opencenter.installer.workspace.ClusterFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An orchestrator that plays an install through Bootstrap the way the engine reports it: the plan's resources
 * ready, then the API awaited, then the nodes registering and becoming Ready, with a pause the test ends (so it can
 * look at the page halfway), and a result with the cluster. It leaves in the workspace what Bootstrap leaves: the
 * cluster's PKI and an admin kubeconfig for {@link #API}, so the page's merge works on real files. No cloud and no
 * API server are contacted. With the last node never coming, it ends as the engine does on a node timeout: failed,
 * naming the node and where its console log went, with the cluster's summary all the same.
 */
final class ScriptedBootstrap implements InstallServices.Runner {
    static final String API = "https://203.0.113.10:6443";

    private final CountDownLatch halfway = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final boolean lastNodeNeverComes;

    /** @param lastNodeNeverComes the plan's last node never registers: Bootstrap times out on it */
    ScriptedBootstrap(boolean lastNodeNeverComes) {
        this.lastNodeNeverComes = lastNodeNeverComes;
    }

    /** Blocks until the run reached the middle of Bootstrap (one node ready, others not). */
    boolean awaitHalfway() throws InterruptedException {
        return halfway.await(60, TimeUnit.SECONDS);
    }

    /** Lets the run finish Bootstrap. */
    void release() {
        release.countDown();
    }

    @Override
    public InstallResult run(InstallRequest request, InstallListener l, Cancellation cancel) {
        String name = request.config().name();
        ProvisioningPlan plan = ClusterPlans.of(request.config());
        l.phase(InstallPhase.PREFLIGHT, PhaseState.RUNNING, "");
        l.phase(InstallPhase.PREFLIGHT, PhaseState.DONE, "no findings");
        l.phase(InstallPhase.INFRASTRUCTURE, PhaseState.RUNNING, "");
        int done = 0;
        for (PlannedResource r : plan.resources()) {
            l.resource(new ResourceEvent(r.key(), r.kind(), r.name(), ResourceState.READY, "id-" + r.key(), false,
                    null, Instant.now()));
            l.progress(new ProgressSnapshot(++done, plan.resources().size(), Duration.ofSeconds(done), null));
        }
        l.phase(InstallPhase.INFRASTRUCTURE, PhaseState.DONE, done + " resources ready");

        Path kubeconfig = adminKubeconfig(request, name);
        l.phase(InstallPhase.BOOTSTRAP, PhaseState.RUNNING, "waiting for the API at " + API);
        l.log("the API answers at " + API + " (Kubernetes v1.35.4)");
        Map<String, String> nodes = nodes(plan);
        List<String> names = new ArrayList<>(nodes.keySet());
        int total = names.size();
        l.phase(InstallPhase.BOOTSTRAP, PhaseState.RUNNING, "waiting for " + total + " nodes");
        l.node(new NodeProgress(names.get(0), NodeState.REGISTERED, "KubeletNotReady: container runtime network "
                + "not ready: cni plugin not initialized", 0, total, null));
        l.node(new NodeProgress(names.get(0), NodeState.READY, "", 1, total, Duration.ofSeconds(230)));
        l.node(new NodeProgress(names.get(total - 2), NodeState.REGISTERED, "KubeletNotReady: PLEG is not healthy", 1,
                total, Duration.ofSeconds(230)));
        halfway.countDown();
        await();
        int coming = lastNodeNeverComes ? total - 1 : total;
        for (int i = 1; i < coming; i++) {
            l.node(new NodeProgress(names.get(i), NodeState.READY, "", i + 1, total,
                    Duration.ofSeconds(30L * (total - i - 1))));
        }
        List<BootstrapSummary.Node> summary = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            summary.add(new BootstrapSummary.Node(names.get(i), nodes.get(names.get(i)),
                    i < coming ? NodeState.READY : NodeState.WAITING));
        }
        BootstrapSummary cluster = new BootstrapSummary(API, kubeconfig, summary, true);
        if (lastNodeNeverComes) {
            String missing = names.get(total - 1);
            Path console = ClusterFiles.of(request.workspace(), name).consoleLog(missing);
            l.phase(InstallPhase.BOOTSTRAP, PhaseState.FAILED, "1 of " + total + " nodes not ready");
            return new InstallResult(InstallResult.Outcome.FAILED, InstallPhase.INFRASTRUCTURE, null, null, cluster,
                    "not every node became Ready within 15 min: " + missing + " (waiting to register). console log of "
                            + missing + " saved to " + console + ". Running the install again keeps waiting for them.");
        }
        l.phase(InstallPhase.BOOTSTRAP, PhaseState.DONE, total + " nodes ready");
        for (InstallPhase later : List.of(InstallPhase.GITOPS, InstallPhase.ROLLOUT, InstallPhase.HEALTH)) {
            l.phase(later, PhaseState.NOT_AVAILABLE, "arrives with a later version");
        }
        return new InstallResult(InstallResult.Outcome.PHASE_NOT_AVAILABLE, InstallPhase.BOOTSTRAP, null, null,
                cluster, "phase gitops is not available in this "
                + "version; the cluster is up: " + total + " nodes ready, API " + API + ", kubeconfig " + kubeconfig);
    }

    /** What Bootstrap writes first: the admin kubeconfig for the floating IP, with the cluster's kept PKI. */
    private static Path adminKubeconfig(InstallRequest request, String name) {
        ClusterFiles files = ClusterFiles.of(request.workspace(), name);
        try {
            ClusterPki pki = PkiStore.loadOrCreate(files, name);
            return AdminKubeconfig.write(files, name, API, pki);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan's servers, in plan order, with their group. */
    private static Map<String, String> nodes(ProvisioningPlan plan) {
        Map<String, String> nodes = new LinkedHashMap<>();
        for (PlannedResource r : plan.resources()) {
            if (r.attributes() instanceof ResourceAttributes.Server s) {
                nodes.put(r.name(), s.group());
            }
        }
        return nodes;
    }

    private void await() {
        try {
            if (!release.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the scripted Bootstrap");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
