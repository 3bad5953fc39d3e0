package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.install.ClusterApiRoute;
import static org.assertj.core.api.Assertions.assertThat;

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
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.ui.wizard.cloud.CloudServices;
import io.opencenter.installer.ui.wizard.cloud.Fx;
import io.opencenter.installer.ui.wizard.install.InstallViewModel.RunState;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import io.opencenter.installer.workspace.Workspace;
import java.nio.file.Path;
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
        }, List::of);
        return Fx.get(() -> new InstallViewModel(new WizardModel(ClusterConfigs.sandboxDefault()), services, cloud,
                Catalog::builtIn, executor, Platform::runLater, ResourceBundle.getBundle("i18n.messages")));
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
}
