package io.opencenter.installer.ui.wizard.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.bootstrap.NodeState;
import io.opencenter.installer.bootstrap.kubeconfig.MergeResult;
import io.opencenter.installer.bootstrap.kubeconfig.MergeResult.Outcome;
import io.opencenter.installer.install.BootstrapSummary;
import io.opencenter.installer.ui.wizard.cloud.Fx;
import io.opencenter.installer.ui.wizard.install.ClusterAccessViewModel.MergeState;
import io.opencenter.installer.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the page shows once Bootstrap is done, and the merge's outcomes, with a scripted merge and dialogs. */
class ClusterAccessViewModelTest {
    private static final Path TARGET = Path.of("/home/u/.kube/config");
    private static final Path BACKUP = Path.of("/home/u/.kube/config.bak-20260304T050607Z");
    private static final Workspace WORKSPACE = new Workspace(Path.of("/ws"));

    /** One merge call as the page made it. */
    record Call(Workspace workspace, String cluster, boolean overwrite, boolean useContext) {}

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();
    private final AnsweringDialogs dialogs = new AnsweringDialogs();

    @BeforeAll
    static void toolkit() {
        Fx.start();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private ClusterAccessViewModel viewModel() {
        InstallServices services = new InstallServices(WORKSPACE, (r, l, c) -> null, List::of,
                (ws, cluster, overwrite, useContext) -> {
                    calls.add(new Call(ws, cluster, overwrite, useContext));
                    Object next = answers.removeFirst();
                    if (next instanceof IOException e) {
                        throw e;
                    }
                    return (MergeResult) next;
                });
        return new ClusterAccessViewModel(services, dialogs, executor, ResourceBundle.getBundle("i18n.messages"));
    }

    private static BootstrapSummary summary(boolean simulated, NodeState last) {
        return new BootstrapSummary("https://203.0.113.10:6443", Path.of("/ws/clusters/demo/kubeconfig"), List.of(
                new BootstrapSummary.Node("demo-control-plane-1", "control-plane", NodeState.READY),
                new BootstrapSummary.Node("demo-default-1", "default", last)), simulated);
    }

    private static MergeResult result(Outcome outcome, Optional<Path> backup, List<String> conflicts) {
        return new MergeResult(TARGET, backup, "demo", outcome, false, conflicts);
    }

    private void mergeAndWait(ClusterAccessViewModel vm) throws Exception {
        Fx.run(vm::merge);
        Fx.await(() -> vm.mergeStateProperty().get() != MergeState.RUNNING);
    }

    @Test
    void nothingIsShownUntilBootstrapEnds() throws Exception {
        ClusterAccessViewModel vm = viewModel();
        assertThat(vm.availableProperty().get()).isFalse();
        assertThat(vm.canMerge().get()).isFalse();
        assertThat(vm.apiUrl().get()).isEmpty();
        Fx.run(vm::merge);
        assertThat(calls).isEmpty();
    }

    @Test
    void theSummaryBecomesTheFieldsTheUserCopies() {
        ClusterAccessViewModel vm = viewModel();
        vm.show("demo", summary(true, NodeState.READY));

        assertThat(vm.availableProperty().get()).isTrue();
        assertThat(vm.apiUrl().get()).isEqualTo("https://203.0.113.10:6443");
        assertThat(vm.kubeconfigPath().get()).isEqualTo("/ws/clusters/demo/kubeconfig");
        assertThat(vm.kubectlCommand().get()).isEqualTo("kubectl --kubeconfig /ws/clusters/demo/kubeconfig get nodes");
        assertThat(vm.simulated().get()).isTrue();
        assertThat(vm.allReady().get()).isTrue();
        assertThat(vm.title().get()).isEqualTo("Your cluster is up");

        vm.show("demo", summary(false, NodeState.REGISTERED));
        assertThat(vm.simulated().get()).isFalse();
        assertThat(vm.allReady().get()).isFalse();
        assertThat(vm.title().get()).isEqualTo("Your cluster (not every node is ready)");

        vm.clear();
        assertThat(vm.availableProperty().get()).isFalse();
        assertThat(vm.kubectlCommand().get()).isEmpty();
    }

    @Test
    void anAddedContextSaysWhichFileTheBackupAndTheContext() throws Exception {
        ClusterAccessViewModel vm = viewModel();
        vm.show("demo", summary(false, NodeState.READY));
        vm.useContextProperty().set(true);
        answers.add(new MergeResult(TARGET, Optional.of(BACKUP), "demo", Outcome.ADDED, true, List.of()));

        mergeAndWait(vm);

        assertThat(calls).containsExactly(new Call(WORKSPACE, "demo", false, true));
        assertThat(vm.mergeStateProperty().get()).isEqualTo(MergeState.DONE);
        assertThat(vm.mergeResultProperty().get().outcome()).isEqualTo(Outcome.ADDED);
        assertThat(vm.mergeMessageProperty().get()).contains(TARGET.toString()).contains(BACKUP.toString())
                .contains("\"demo\"").contains("current context");
        assertThat(dialogs.questions).isEmpty();
        assertThat(vm.canMerge().get()).isTrue();
    }

    @Test
    void aConflictAsksAndOnYesMergesAgainOverwriting() throws Exception {
        ClusterAccessViewModel vm = viewModel();
        vm.show("demo", summary(false, NodeState.READY));
        answers.add(result(Outcome.CONFLICT, Optional.empty(), List.of("cluster \"demo\" in " + TARGET,
                "context \"demo\" in " + TARGET)));
        answers.add(result(Outcome.REPLACED, Optional.of(BACKUP), List.of("cluster \"demo\" in " + TARGET,
                "context \"demo\" in " + TARGET)));
        dialogs.answer = true;

        mergeAndWait(vm);

        assertThat(calls).containsExactly(new Call(WORKSPACE, "demo", false, false),
                new Call(WORKSPACE, "demo", true, false));
        assertThat(dialogs.questions).singleElement().asString().startsWith("Replace entries in your kubeconfig?")
                .contains(TARGET.toString()).contains("cluster \"demo\" in").contains("backed up first");
        assertThat(vm.mergeStateProperty().get()).isEqualTo(MergeState.DONE);
        assertThat(vm.mergeResultProperty().get().outcome()).isEqualTo(Outcome.REPLACED);
        assertThat(vm.mergeMessageProperty().get()).startsWith("Replaced").contains(BACKUP.toString());
    }

    @Test
    void aDeclinedConflictChangesNothingAndSaysSo() throws Exception {
        ClusterAccessViewModel vm = viewModel();
        vm.show("demo", summary(false, NodeState.READY));
        answers.add(result(Outcome.CONFLICT, Optional.empty(), List.of("context \"demo\" in " + TARGET)));
        dialogs.answer = false;

        mergeAndWait(vm);

        assertThat(calls).hasSize(1);
        assertThat(dialogs.questions).hasSize(1);
        assertThat(vm.mergeStateProperty().get()).isEqualTo(MergeState.NOT_MERGED);
        assertThat(vm.mergeResultProperty().get().outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(vm.mergeMessageProperty().get()).startsWith("Nothing changed in " + TARGET);
    }

    @Test
    void aFailureNamesTheFileAndIsRedacted() throws Exception {
        ClusterAccessViewModel vm = viewModel();
        vm.show("demo", summary(false, NodeState.READY));
        answers.add(new IOException(TARGET + " is not valid YAML (line 3, column 1); token: abcdef.0123456789abcdef"));

        mergeAndWait(vm);

        assertThat(vm.mergeStateProperty().get()).isEqualTo(MergeState.FAILED);
        assertThat(vm.mergeResultProperty().get()).isNull();
        assertThat(vm.mergeMessageProperty().get()).startsWith("Not added to your kubeconfig: " + TARGET)
                .doesNotContain("0123456789abcdef");
        assertThat(vm.canMerge().get()).isTrue();
    }

    @Test
    void aNewRunForgetsTheLastMerge() throws Exception {
        ClusterAccessViewModel vm = viewModel();
        vm.show("demo", summary(false, NodeState.READY));
        answers.add(result(Outcome.UNCHANGED, Optional.empty(), List.of()));
        mergeAndWait(vm);
        assertThat(vm.mergeMessageProperty().get()).isNotEmpty();
        vm.show("demo", summary(false, NodeState.READY));
        assertThat(vm.mergeMessageProperty().get()).isEmpty();
        assertThat(vm.mergeStateProperty().get()).isEqualTo(MergeState.NONE);
    }
}
