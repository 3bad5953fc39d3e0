package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.bootstrap.NodeProgress;
import io.opencenter.installer.bootstrap.NodeState;
import io.opencenter.installer.install.BootstrapSummary;
import io.opencenter.installer.install.ClusterPlans;
import io.opencenter.installer.install.GitOpsSummary;
import io.opencenter.installer.install.InstallListener;
import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.install.InstallRequest;
import io.opencenter.installer.install.InstallResult;
import io.opencenter.installer.install.PhaseState;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProgressSnapshot;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.provision.ResourceEvent;
import io.opencenter.installer.provision.ResourceState;
import io.opencenter.installer.rollout.ServiceProgress;
import io.opencenter.installer.rollout.ServiceState;
import io.opencenter.installer.ui.wizard.install.InstallServices;
import io.opencenter.installer.workspace.ClusterFiles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An orchestrator that plays an install through Rollout the way the engine reports it: infrastructure and nodes
 * ready at once, GitOps done, then the catalog's services for the config in rollout order. The first half becomes
 * ready, a few progress, Harbor's core ends Degraded with an image pull back-off and the services that need it are
 * Blocked naming it. Then either the run waits for the page's Retry of Harbor (through the engine's
 * {@link io.opencenter.installer.install.ServiceRetry}) and rolls it and the rest to Ready, or ({@code endsDegraded})
 * it ends failed and only a second run, the page's resume, brings everything up. No cloud, API or git server is
 * contacted.
 */
final class ScriptedRollout implements InstallServices.Runner {
    static final String API = "https://203.0.113.10:6443";
    static final String PULL = "ImagePullBackOff: Back-off pulling image \"goharbor/harbor-core:v2.13.1\" "
            + "(Deployment harbor-core: 0/1 ready)";
    static final GitOpsSummary GITOPS = new GitOpsSummary("https://git.example.test/platform/demo.git", "main",
            "clusters/demo", "4f1c2e9a7d3b6c5e8f90a1b2c3d4e5f60718293a", true, 214,
            "Flux v2.9.5 (upstream install manifests)", true);

    private final boolean endsDegraded;
    private final CountDownLatch halfway = new CountDownLatch(1);
    private final BlockingQueue<String> retries = new LinkedBlockingQueue<>();
    private final AtomicBoolean rolloutRunning = new AtomicBoolean();
    private final AtomicInteger runs = new AtomicInteger();
    final List<String> retried = new CopyOnWriteArrayList<>();

    /** @param endsDegraded the run ends with Harbor degraded instead of waiting for a retry */
    ScriptedRollout(boolean endsDegraded) {
        this.endsDegraded = endsDegraded;
    }

    /** Blocks until the first run shows Harbor degraded (and the run waits for a retry, unless it ends). */
    boolean awaitHalfway() throws InterruptedException {
        return halfway.await(60, TimeUnit.SECONDS);
    }

    int runs() {
        return runs.get();
    }

    /** The rollout's services for the config: the catalog's selection in rollout order. */
    static List<ServiceDef> services(Catalog catalog) {
        return catalog.rolloutOrder(catalog.select(Profile.OPENSTACK, List.of()));
    }

    @Override
    public InstallResult run(InstallRequest request, InstallListener l, Cancellation cancel) {
        boolean first = runs.incrementAndGet() == 1;
        BootstrapSummary cluster = throughBootstrap(request, l);
        l.phase(InstallPhase.GITOPS, PhaseState.RUNNING, "publishing to " + GITOPS.repository());
        l.phase(InstallPhase.GITOPS, PhaseState.DONE, GITOPS.files() + " files published to main");
        l.phase(InstallPhase.ROLLOUT, PhaseState.RUNNING, "");
        rolloutRunning.set(true);
        l.rolloutStarted(id -> {
            if (!rolloutRunning.get()) {
                return false;
            }
            retried.add(id);
            retries.add(id);
            return true;
        });
        List<ServiceDef> services = services(request.catalog());
        Map<String, ServiceProgress> last = new LinkedHashMap<>();
        services.forEach(s -> emit(l, last, s.id(), ServiceState.WAITING, 0, ""));
        if (first) {
            degradeHarbor(l, last, services);
            halfway.countDown();
            if (endsDegraded) {
                rolloutRunning.set(false);
                l.phase(InstallPhase.ROLLOUT, PhaseState.FAILED, "1 service degraded");
                return new InstallResult(InstallResult.Outcome.FAILED, InstallPhase.GITOPS, null, null, cluster,
                        GITOPS, new ArrayList<>(last.values()), "1 platform service degraded: harbor");
            }
            awaitRetryOf("harbor");
        }
        for (ServiceDef s : services) {
            if (last.get(s.id()).state() != ServiceState.READY) {
                emit(l, last, s.id(), ServiceState.PROGRESSING, 0, "");
                emit(l, last, s.id(), ServiceState.READY, 20 + s.id().length(), "");
            }
        }
        rolloutRunning.set(false);
        l.phase(InstallPhase.ROLLOUT, PhaseState.DONE, services.size() + " services ready");
        l.phase(InstallPhase.HEALTH, PhaseState.NOT_AVAILABLE, "arrives with a later version");
        return new InstallResult(InstallResult.Outcome.PHASE_NOT_AVAILABLE, InstallPhase.ROLLOUT, null, null, cluster,
                GITOPS, new ArrayList<>(last.values()), "phase health is not available in this version; every "
                + "platform service is ready");
    }

    /** The first half ready, two progressing, Harbor degraded, what needs it blocked, the rest waiting. */
    private static void degradeHarbor(InstallListener l, Map<String, ServiceProgress> last,
                                      List<ServiceDef> services) {
        Set<String> needHarbor = new LinkedHashSet<>();
        for (ServiceDef s : services) {
            if (s.dependsOn().stream().anyMatch(d -> d.equals("harbor") || needHarbor.contains(d))) {
                needHarbor.add(s.id());
            }
        }
        int half = services.size() / 2;
        for (int i = 0; i < services.size(); i++) {
            String id = services.get(i).id();
            if (id.equals("harbor")) {
                emit(l, last, id, ServiceState.PROGRESSING, 0, "HelmRelease harbor: installing");
                emit(l, last, id, ServiceState.DEGRADED, 300, PULL);
            } else if (needHarbor.contains(id)) {
                emit(l, last, id, ServiceState.BLOCKED, 0, "needs Harbor Core (harbor), which is degraded");
            } else if (i < half) {
                emit(l, last, id, ServiceState.PROGRESSING, 0, "");
                emit(l, last, id, ServiceState.READY, 15 + 3 * i, "");
            } else if (i < half + 2) {
                emit(l, last, id, ServiceState.PROGRESSING, 12, "HelmRelease " + id + ": installing");
            }
        }
    }

    private static void emit(InstallListener l, Map<String, ServiceProgress> last, String id, ServiceState state,
                             int seconds, String reason) {
        ServiceProgress p = new ServiceProgress(id, state, Duration.ofSeconds(seconds), reason);
        last.put(id, p);
        l.service(p);
    }

    private void awaitRetryOf(String id) {
        try {
            String asked = retries.poll(120, TimeUnit.SECONDS);
            if (!id.equals(asked)) {
                throw new IllegalStateException("expected a retry of " + id + ", got " + asked);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Preflight, the plan's resources and every node ready at once; the cluster as Bootstrap leaves it. */
    private static BootstrapSummary throughBootstrap(InstallRequest request, InstallListener l) {
        ProvisioningPlan plan = ClusterPlans.of(request.config());
        l.phase(InstallPhase.PREFLIGHT, PhaseState.DONE, "no findings");
        l.phase(InstallPhase.INFRASTRUCTURE, PhaseState.RUNNING, "");
        int done = 0;
        for (PlannedResource r : plan.resources()) {
            l.resource(new ResourceEvent(r.key(), r.kind(), r.name(), ResourceState.READY, "id-" + r.key(), done > 0,
                    null, Instant.now()));
            l.progress(new ProgressSnapshot(++done, plan.resources().size(), Duration.ZERO, null));
        }
        l.phase(InstallPhase.INFRASTRUCTURE, PhaseState.DONE, done + " resources ready");
        l.phase(InstallPhase.BOOTSTRAP, PhaseState.RUNNING, "waiting for the API at " + API);
        List<BootstrapSummary.Node> nodes = new ArrayList<>();
        for (PlannedResource r : plan.resources()) {
            if (r.attributes() instanceof ResourceAttributes.Server s) {
                nodes.add(new BootstrapSummary.Node(r.name(), s.group(), NodeState.READY));
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            l.node(new NodeProgress(nodes.get(i).name(), NodeState.READY, "", i + 1, nodes.size(), Duration.ZERO));
        }
        l.phase(InstallPhase.BOOTSTRAP, PhaseState.DONE, nodes.size() + " nodes ready");
        return new BootstrapSummary(API, ClusterFiles.of(request.workspace(), request.config().name()).kubeconfig(),
                nodes, true);
    }
}
