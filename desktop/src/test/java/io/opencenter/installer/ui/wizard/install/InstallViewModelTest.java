package io.opencenter.installer.ui.wizard.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.bootstrap.NodeProgress;
import io.opencenter.installer.bootstrap.NodeState;
import io.opencenter.installer.install.BootstrapSummary;
import io.opencenter.installer.install.ClusterApiRoute;
import io.opencenter.installer.install.CloudConnector;
import io.opencenter.installer.install.Clouds;
import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.install.InstallRequest;
import io.opencenter.installer.install.InstallResult;
import io.opencenter.installer.install.PhaseState;
import io.opencenter.installer.install.SandboxProvider;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.config.ConfigLocations;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.provision.ResourceEvent;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceState;
import io.opencenter.installer.rollout.ServiceProgress;
import io.opencenter.installer.rollout.ServiceState;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.ui.wizard.cloud.CloudServices;
import io.opencenter.installer.ui.wizard.cloud.Fx;
import io.opencenter.installer.ui.wizard.install.InstallViewModel.RunState;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import io.opencenter.installer.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run lifecycle with a scripted orchestrator: the real one is exercised by the Install page's UI tests. */
class InstallViewModelTest {
    private static final CloudProfile SANDBOX = new CloudProfile("sandbox", null, "RegionOne", null, null, false,
            "test");

    /** The install itself asks nothing (the merge's questions are ClusterAccessViewModelTest's). */
    private final AnsweringDialogs dialogs = new AnsweringDialogs();

    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final List<InstallRequest> requests = new CopyOnWriteArrayList<>();

    @TempDir
    Path workspace;

    @BeforeAll
    static void toolkit() {
        Fx.start();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private InstallViewModel viewModel(InstallServices.Runner runner) throws Exception {
        SandboxProvider sandbox = stateFile -> new SandboxProvider.Running() {
            @Override
            public ClusterApiRoute clusterApis() {
                return target -> {
                    throw new AssertionError("no cluster API in this fake sandbox");
                };
            }

            @Override
            public CloudProfile profile() {
                return SANDBOX;
            }

            @Override
            public void close() {
            }
        };
        CloudServices cloud = new CloudServices(new Clouds(ConfigLocations.of(java.util.Map.of(), workspace,
                workspace), new CloudConnector(p -> null, p -> null), sandbox), null, (c, connection) -> null);
        InstallServices services = new InstallServices(new Workspace(workspace), (request, listener, cancel) -> {
            requests.add(request);
            return runner.run(request, listener, cancel);
        }, List::of, (ws, cluster, overwrite, useContext) -> {
            throw new java.io.IOException("no merge in this test");
        });
        return Fx.get(() -> new InstallViewModel(new WizardModel(ClusterConfigs.sandboxDefault()), services, cloud,
                Catalog::builtIn, executor, Platform::runLater, dialogs, ResourceBundle.getBundle("i18n.messages")));
    }

    /** Runs until cancelled, reporting the network as creating first. */
    private static InstallResult untilCancelled(InstallRequest request, io.opencenter.installer.install.InstallListener l,
                                                io.opencenter.installer.provision.Cancellation cancel) {
        l.phase(InstallPhase.PREFLIGHT, PhaseState.DONE, "");
        l.phase(InstallPhase.INFRASTRUCTURE, PhaseState.RUNNING, "");
        l.resource(new ResourceEvent("network", ResourceKind.NETWORK, "demo-network", ResourceState.CREATING, null,
                false, null, Instant.now()));
        while (!cancel.isCancelled()) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the test ended (shutdownNow): stop as if cancelled
                break;
            }
        }
        l.phase(InstallPhase.INFRASTRUCTURE, PhaseState.CANCELLED, "");
        return new InstallResult(InstallResult.Outcome.CANCELLED, InstallPhase.PREFLIGHT, null, null, null, "stopped");
    }

    @Test
    void cancelWaitsForTheRunToEndThenOffersResumeWhichRunsAgain() throws Exception {
        InstallViewModel vm = viewModel(InstallViewModelTest::untilCancelled);
        assertThat(vm.canStart().get()).isTrue();
        Fx.run(vm::start);
        Fx.await(() -> vm.board().resources().stream().anyMatch(r -> r.state() == ResourceState.CREATING));
        assertThat(Fx.get(() -> vm.runStateProperty().get())).isEqualTo(RunState.RUNNING);
        assertThat(Fx.get(() -> vm.canStart().get())).isFalse();
        assertThat(requests.get(0).cloud().profile()).isEqualTo(SANDBOX);
        assertThat(requests.get(0).workspace().root()).isEqualTo(workspace);

        Fx.run(vm::cancel);
        Fx.await(() -> vm.runStateProperty().get() == RunState.FINISHED);
        assertThat(Fx.get(() -> vm.resultProperty().get().outcome())).isEqualTo(InstallResult.Outcome.CANCELLED);
        assertThat(Fx.get(() -> vm.board().phase(InstallPhase.INFRASTRUCTURE).state()))
                .isEqualTo(PhaseState.CANCELLED);
        assertThat(Fx.get(() -> vm.canStart().get())).isTrue();
        assertThat(Fx.get(() -> vm.board().log())).anyMatch(l -> l.contains("Cancel requested"));

        Fx.run(vm::start);
        Fx.await(() -> requests.size() == 2);
        Fx.await(() -> vm.board().log().stream().anyMatch(l -> l.contains("resumed")));
        Fx.run(vm::cancel);
        Fx.await(() -> vm.runStateProperty().get() == RunState.FINISHED);
    }

    @Test
    void closingTheApplicationCancelsARunningInstallAndWaitsForIt() throws Exception {
        InstallViewModel vm = viewModel(InstallViewModelTest::untilCancelled);
        Fx.run(vm::start);
        Fx.await(() -> vm.board().resources().stream().anyMatch(r -> r.state() == ResourceState.CREATING));
        vm.cancelAndWait(java.time.Duration.ofSeconds(10)); // from a non-FX thread, as Application.stop's caller
        Fx.await(() -> vm.runStateProperty().get() == RunState.FINISHED);
        assertThat(Fx.get(() -> vm.resultProperty().get().outcome())).isEqualTo(InstallResult.Outcome.CANCELLED);
    }

    @Test
    void aCompleteInfrastructureWithLaterPhasesMissingCountsAsSuccess() throws Exception {
        InstallViewModel vm = viewModel((request, l, cancel) -> new InstallResult(
                InstallResult.Outcome.PHASE_NOT_AVAILABLE, InstallPhase.INFRASTRUCTURE, null, null, null, "ok"));
        Fx.run(vm::start);
        Fx.await(() -> vm.runStateProperty().get() == RunState.FINISHED);
        assertThat(Fx.get(() -> vm.succeeded().get())).isTrue();
        assertThat(Fx.get(() -> vm.canStart().get())).isFalse();
    }

    @Test
    void anOrchestratorThatThrowsEndsTheRunWithARedactedMessage() throws Exception {
        InstallViewModel vm = viewModel((request, l, cancel) -> {
            throw new IllegalStateException("boom password=hunter22");
        });
        Fx.run(vm::start);
        Fx.await(() -> vm.runStateProperty().get() == RunState.FINISHED);
        assertThat(Fx.get(() -> vm.messageProperty().get())).contains("boom").doesNotContain("hunter22");
        assertThat(Fx.get(() -> vm.canStart().get())).isTrue();
    }

    @Test
    void aRetryTheEndingRolloutNoLongerTakesRunsTheInstallAgainOnceThisRunEnds() throws Exception {
        java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);
        List<String> retried = new CopyOnWriteArrayList<>();
        InstallViewModel vm = viewModel((request, l, cancel) -> {
            if (requests.size() > 1) { // the resumed run: everything ready
                l.service(new ServiceProgress("harbor", ServiceState.READY, Duration.ofSeconds(40), ""));
                return new InstallResult(InstallResult.Outcome.PHASE_NOT_AVAILABLE, InstallPhase.ROLLOUT, null, null,
                        null, null, List.of(new ServiceProgress("harbor", ServiceState.READY, Duration.ofSeconds(40),
                        "")), "every platform service is ready");
            }
            l.phase(InstallPhase.ROLLOUT, PhaseState.RUNNING, "");
            // the rollout is over by the time the retry arrives, though the run has not returned yet
            l.rolloutStarted(id -> {
                retried.add(id);
                asked.countDown();
                return false;
            });
            ServiceProgress degraded = new ServiceProgress("harbor", ServiceState.DEGRADED, Duration.ofMinutes(5),
                    "ImagePullBackOff");
            l.service(degraded);
            try {
                asked.await(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new InstallResult(InstallResult.Outcome.FAILED, InstallPhase.GITOPS, null, null, null, null,
                    List.of(degraded), "1 platform service degraded: harbor");
        });
        Fx.run(vm::start);
        Fx.await(() -> vm.board().services().rows().stream().anyMatch(r -> r.state() == ServiceState.DEGRADED));
        Fx.run(() -> vm.retry(vm.board().services().rows().get(0)));
        Fx.await(() -> requests.size() == 2 && vm.runStateProperty().get() == RunState.FINISHED);
        assertThat(retried).containsExactly("harbor");
        assertThat(Fx.get(() -> vm.board().services().rows().get(0).state())).isEqualTo(ServiceState.READY);
        assertThat(Fx.get(() -> vm.succeeded().get())).isTrue();
        assertThat(Fx.get(() -> vm.board().log())).anyMatch(l -> l.equals("Retry of Harbor Core requested."));
    }

    /** What the Bootstrap phase reports, then a result that holds the cluster; later phases not in this version. */
    private static InstallResult bootstrapped(InstallRequest request, io.opencenter.installer.install.InstallListener l,
                                              io.opencenter.installer.provision.Cancellation cancel) {
        l.phase(InstallPhase.PREFLIGHT, PhaseState.DONE, "");
        l.phase(InstallPhase.INFRASTRUCTURE, PhaseState.DONE, "");
        l.phase(InstallPhase.BOOTSTRAP, PhaseState.RUNNING, "waiting for the API at https://203.0.113.10:6443");
        l.phase(InstallPhase.BOOTSTRAP, PhaseState.RUNNING, "waiting for 5 nodes");
        l.node(new NodeProgress("demo-control-plane-1", NodeState.REGISTERED, "KubeletNotReady", 0, 5, null));
        l.node(new NodeProgress("demo-control-plane-1", NodeState.READY, "", 1, 5, Duration.ofMinutes(4)));
        l.phase(InstallPhase.BOOTSTRAP, PhaseState.DONE, "5 nodes ready");
        for (InstallPhase later : List.of(InstallPhase.GITOPS, InstallPhase.ROLLOUT, InstallPhase.HEALTH)) {
            l.phase(later, PhaseState.NOT_AVAILABLE, "arrives with a later version");
        }
        List<BootstrapSummary.Node> nodes = new java.util.ArrayList<>();
        for (String name : List.of("demo-control-plane-1", "demo-control-plane-2", "demo-control-plane-3")) {
            nodes.add(new BootstrapSummary.Node(name, "control-plane", NodeState.READY));
        }
        for (String name : List.of("demo-default-1", "demo-default-2")) {
            nodes.add(new BootstrapSummary.Node(name, "default", NodeState.READY));
        }
        BootstrapSummary summary = new BootstrapSummary("https://203.0.113.10:6443",
                Path.of("/ws/clusters/demo/kubeconfig"), nodes, true);
        return new InstallResult(InstallResult.Outcome.PHASE_NOT_AVAILABLE, InstallPhase.BOOTSTRAP, null, null,
                summary, "phase gitops is not available in this version; the cluster is up");
    }

    @Test
    void aBootstrappedRunFillsTheNodeTableAndShowsTheClusterThenANewRunClearsIt() throws Exception {
        InstallViewModel vm = viewModel(InstallViewModelTest::bootstrapped);
        Fx.run(vm::start);
        Fx.await(() -> vm.runStateProperty().get() == RunState.FINISHED);

        assertThat(Fx.get(() -> vm.succeeded().get())).isTrue();
        assertThat(Fx.get(() -> vm.messageProperty().get())).startsWith("The cluster is up: every node is ready.")
                .contains("arrive with a later version");
        NodeBoard nodes = vm.board().nodes();
        assertThat(Fx.get(() -> nodes.rows().stream().map(r -> r.name() + " " + r.role() + " " + r.state()).toList()))
                .containsExactly("demo-control-plane-1 control plane READY", "demo-control-plane-2 control plane READY",
                        "demo-control-plane-3 control plane READY", "demo-default-1 worker \u00b7 default READY",
                        "demo-default-2 worker \u00b7 default READY");
        assertThat(Fx.get(() -> nodes.readyTextProperty().get())).isEqualTo("5 of 5 nodes ready \u00b7 done");
        assertThat(Fx.get(() -> vm.board().phase(InstallPhase.BOOTSTRAP).state())).isEqualTo(PhaseState.DONE);
        assertThat(Fx.get(() -> vm.board().phase(InstallPhase.HEALTH).state())).isEqualTo(PhaseState.NOT_AVAILABLE);
        ClusterAccessViewModel access = vm.access();
        assertThat(Fx.get(() -> access.availableProperty().get())).isTrue();
        assertThat(Fx.get(() -> access.clusterProperty().get())).isEqualTo("demo");
        assertThat(Fx.get(() -> access.apiUrl().get())).isEqualTo("https://203.0.113.10:6443");
        assertThat(Fx.get(() -> access.simulated().get())).isTrue();
    }

    @Test
    void aRunThatEndsBeforeBootstrapShowsNoCluster() throws Exception {
        InstallViewModel vm = viewModel((request, l, cancel) -> new InstallResult(InstallResult.Outcome.FAILED,
                InstallPhase.PREFLIGHT, null, null, null, "the server quota is short"));
        Fx.run(vm::start);
        Fx.await(() -> vm.runStateProperty().get() == RunState.FINISHED);
        assertThat(Fx.get(() -> vm.access().availableProperty().get())).isFalse();
        assertThat(Fx.get(() -> vm.board().nodes().rows().isEmpty())).isTrue();
        assertThat(Fx.get(() -> vm.board().nodes().activeProperty().get())).isFalse();
    }
}
