package io.opencenter.installer.ui.wizard.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.bootstrap.NodeProgress;
import io.opencenter.installer.bootstrap.NodeState;
import io.opencenter.installer.install.BootstrapSummary;
import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.install.PhaseState;
import io.opencenter.installer.provision.ProgressSnapshot;
import io.opencenter.installer.spec.ClusterConfigs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Install page's node table and node progress, fed the way the engine's Bootstrap phase reports. */
class NodeBoardTest {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.messages");
    private final InstallBoard board = new InstallBoard(BUNDLE);

    private static InstallUpdate node(String name, NodeState state, String detail, int ready, Duration eta) {
        return new InstallUpdate.Node(new NodeProgress(name, state, detail, ready, 5, eta));
    }

    private static InstallUpdate bootstrap(String detail) {
        return new InstallUpdate.Phase(InstallPhase.BOOTSTRAP, PhaseState.RUNNING, detail);
    }

    private NodeRow row(String name) {
        return board.nodes().rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @BeforeEach
    void planned() {
        board.reset();
        board.apply(List.of(new InstallUpdate.PlannedNodes(NodeRoles.of(ClusterConfigs.sandboxDefault(), BUNDLE)),
                new InstallUpdate.Progress(new ProgressSnapshot(41, 41, Duration.ofSeconds(30), null))));
    }

    @Test
    void theRolesComeFromThePlan() {
        assertThat(NodeRoles.of(ClusterConfigs.sandboxDefault(), BUNDLE)).containsExactly(
                Map.entry("demo-control-plane-1", "control plane"), Map.entry("demo-control-plane-2", "control plane"),
                Map.entry("demo-control-plane-3", "control plane"), Map.entry("demo-default-1", "worker \u00b7 default"),
                Map.entry("demo-default-2", "worker \u00b7 default"));
    }

    @Test
    void beforeBootstrapThereAreNoNodeRowsAndProgressIsTheResources() {
        assertThat(board.nodes().rows()).isEmpty();
        assertThat(board.nodes().activeProperty().get()).isFalse();
        assertThat(board.progressTextProperty().get()).startsWith("100%").contains("41 of 41 resources");
    }

    @Test
    void bootstrapStartingListsEveryPlannedNodeAsWaitingAndSaysWhatItWaitsFor() {
        board.apply(List.of(bootstrap("waiting for the API at https://203.0.113.10:6443")));

        assertThat(board.nodes().activeProperty().get()).isTrue();
        assertThat(board.nodes().rows()).extracting(NodeRow::name).containsExactly("demo-control-plane-1",
                "demo-control-plane-2", "demo-control-plane-3", "demo-default-1", "demo-default-2");
        assertThat(board.nodes().rows()).allMatch(r -> r.state() == NodeState.WAITING);
        assertThat(row("demo-default-2").role()).isEqualTo("worker \u00b7 default");
        assertThat(board.nodes().readyTextProperty().get())
                .isEqualTo("0 of 5 nodes ready \u00b7 estimating the time left");
        assertThat(board.progressProperty().get()).isNegative();
        assertThat(board.progressTextProperty().get())
                .isEqualTo("Waiting for the API at https://203.0.113.10:6443\u2026");

        board.apply(List.of(bootstrap("waiting for 5 nodes")));
        assertThat(board.nodes().rows()).hasSize(5);
        assertThat(board.progressTextProperty().get()).isEqualTo("Waiting for 5 nodes\u2026");
    }

    @Test
    void nodeEventsMoveRowsCountsProgressAndTheLogInOneBatch() {
        board.apply(List.of(bootstrap("waiting for 5 nodes"),
                node("demo-control-plane-1", NodeState.REGISTERED, "KubeletNotReady: no CNI; password=hunter22", 0,
                        null),
                node("demo-control-plane-1", NodeState.READY, "", 1, Duration.ofSeconds(200)),
                node("demo-default-1", NodeState.REGISTERED, "KubeletNotReady", 1, Duration.ofSeconds(150)),
                // the resources' last tick, late in the batch: node progress still wins once Bootstrap runs
                new InstallUpdate.Progress(new ProgressSnapshot(41, 41, Duration.ofSeconds(31), null))));

        assertThat(row("demo-control-plane-1").state()).isEqualTo(NodeState.READY);
        assertThat(row("demo-control-plane-1").detailProperty().get()).isEmpty();
        assertThat(row("demo-default-1").state()).isEqualTo(NodeState.REGISTERED);
        assertThat(row("demo-default-1").detailProperty().get()).isEqualTo("KubeletNotReady");
        assertThat(row("demo-control-plane-2").state()).isEqualTo(NodeState.WAITING);
        assertThat(board.nodes().readyProperty().get()).isEqualTo(1);
        assertThat(board.nodes().readyTextProperty().get()).isEqualTo("1 of 5 nodes ready \u00b7 about 3 min left");
        assertThat(board.progressProperty().get()).isEqualTo(0.2);
        assertThat(board.progressTextProperty().get()).isEqualTo(board.nodes().readyTextProperty().get());
        assertThat(board.log()).contains("node demo-control-plane-1: ready (1 of 5 ready)",
                "node demo-default-1: registered, not ready: KubeletNotReady (1 of 5 ready)");
        assertThat(board.log()).noneMatch(l -> l.contains("hunter22"));
    }

    @Test
    void aNodeThePlanDidNotNameGetsARowFromItsFirstEvent() {
        board.apply(List.of(node("demo-extra-1", NodeState.REGISTERED, "", 0, null)));
        assertThat(board.nodes().activeProperty().get()).isTrue();
        assertThat(board.nodes().rows()).hasSize(6);
        assertThat(row("demo-extra-1").role()).isEmpty();
        assertThat(row("demo-extra-1").state()).isEqualTo(NodeState.REGISTERED);
    }

    @Test
    void theResultsStatesWinAndATimedOutRunSaysHowManyAreReadyWithoutAnEstimate() {
        board.apply(List.of(bootstrap("waiting for 5 nodes"),
                node("demo-control-plane-1", NodeState.READY, "", 1, Duration.ofSeconds(60))));
        List<BootstrapSummary.Node> nodes = List.of(
                new BootstrapSummary.Node("demo-control-plane-1", "control-plane", NodeState.READY),
                new BootstrapSummary.Node("demo-control-plane-2", "control-plane", NodeState.READY),
                new BootstrapSummary.Node("demo-control-plane-3", "control-plane", NodeState.READY),
                new BootstrapSummary.Node("demo-default-1", "default", NodeState.READY),
                new BootstrapSummary.Node("demo-default-2", "default", NodeState.REGISTERED));
        board.bootstrapped(new BootstrapSummary("https://203.0.113.10:6443", Path.of("/ws/demo/kubeconfig"), nodes,
                false));
        board.settle();

        assertThat(board.nodes().rows()).extracting(NodeRow::state).containsExactly(NodeState.READY,
                NodeState.READY, NodeState.READY, NodeState.READY, NodeState.REGISTERED);
        assertThat(board.nodes().readyTextProperty().get()).isEqualTo("4 of 5 nodes ready");
        assertThat(board.progressProperty().get()).isEqualTo(0.8);
        assertThat(board.progressTextProperty().get()).isEqualTo("4 of 5 nodes ready");
    }

    @Test
    void allReadyIsDone() {
        board.apply(List.of(bootstrap("waiting for 5 nodes")));
        for (String name : List.of("demo-control-plane-1", "demo-control-plane-2", "demo-control-plane-3",
                "demo-default-1", "demo-default-2")) {
            int ready = (int) board.nodes().rows().stream().filter(r -> r.state() == NodeState.READY).count() + 1;
            board.apply(List.of(node(name, NodeState.READY, "", ready, Duration.ZERO)));
        }
        assertThat(board.nodes().readyTextProperty().get()).isEqualTo("5 of 5 nodes ready \u00b7 done");
        assertThat(board.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void aNewRunStartsWithoutNodes() {
        board.apply(List.of(bootstrap("waiting for 5 nodes")));
        board.reset();
        assertThat(board.nodes().rows()).isEmpty();
        assertThat(board.nodes().activeProperty().get()).isFalse();
        assertThat(board.nodes().readyTextProperty().get()).isEmpty();
    }
}
