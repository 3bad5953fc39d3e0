package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.bootstrap.NodeState;
import io.opencenter.installer.bootstrap.kubeconfig.MergeResult;
import io.opencenter.installer.install.BootstrapSummary;
import io.opencenter.installer.install.GitOpsSummary;
import io.opencenter.installer.ui.common.DialogService;
import io.opencenter.installer.ui.common.Tasks;
import io.opencenter.installer.workspace.LogRedactor;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * What the user has once Bootstrap is done: the API, the admin kubeconfig, the command to see the nodes, whether it
 * is the sandbox's simulated cluster, and "Add to my kubeconfig…", which merges in the background and, when the
 * user's kubeconfig already has other entries of the cluster's names, asks before replacing them. Shows paths,
 * names and addresses only, never key material.
 */
public final class ClusterAccessViewModel {
    /** How the last merge went, for the page's styling. */
    public enum MergeState { NONE, RUNNING, DONE, NOT_MERGED, FAILED }

    private final InstallServices services;
    private final DialogService dialogs;
    private final Executor executor;
    private final ResourceBundle bundle;
    private final ReadOnlyObjectWrapper<BootstrapSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyObjectWrapper<GitOpsSummary> gitops = new ReadOnlyObjectWrapper<>(this, "gitops");
    private final ReadOnlyStringWrapper cluster = new ReadOnlyStringWrapper(this, "cluster", "");
    private final BooleanProperty useContext = new SimpleBooleanProperty(this, "useContext", false);
    private final ReadOnlyObjectWrapper<MergeState> mergeState = new ReadOnlyObjectWrapper<>(this, "mergeState",
            MergeState.NONE);
    private final ReadOnlyObjectWrapper<MergeResult> mergeResult = new ReadOnlyObjectWrapper<>(this, "mergeResult");
    private final ReadOnlyStringWrapper mergeMessage = new ReadOnlyStringWrapper(this, "mergeMessage", "");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final BooleanBinding simulated;
    private final BooleanBinding allReady;
    private final BooleanBinding canMerge;
    private final StringBinding apiUrl;
    private final StringBinding kubeconfigPath;
    private final StringBinding kubectlCommand;
    private final StringBinding title;

    public ClusterAccessViewModel(InstallServices services, DialogService dialogs, Executor executor,
                                  ResourceBundle bundle) {
        this.services = services;
        this.dialogs = dialogs;
        this.executor = executor;
        this.bundle = bundle;
        available.bind(summary.isNotNull());
        simulated = Bindings.createBooleanBinding(() -> summary.get() != null && summary.get().simulated(), summary);
        allReady = Bindings.createBooleanBinding(() -> summary.get() != null && summary.get().nodes().stream()
                .allMatch(n -> n.state() == NodeState.READY), summary);
        canMerge = Bindings.createBooleanBinding(() -> summary.get() != null
                && mergeState.get() != MergeState.RUNNING, summary, mergeState);
        apiUrl = Bindings.createStringBinding(() -> summary.get() == null ? "" : summary.get().apiUrl(), summary);
        kubeconfigPath = Bindings.createStringBinding(() -> summary.get() == null ? ""
                : summary.get().kubeconfig().toString(), summary);
        kubectlCommand = Bindings.createStringBinding(() -> summary.get() == null ? ""
                : summary.get().kubectlGetNodes(), summary);
        title = Bindings.createStringBinding(() -> summary.get() == null ? "" : bundle.getString(allReady.get()
                ? "access.title.ready" : "access.title.notReady"), summary, allReady);
    }

    /** After a run whose Bootstrap finished (all nodes ready, or some not in time). */
    void show(String clusterName, BootstrapSummary bootstrap) {
        show(clusterName, bootstrap, null);
    }

    /** @param repository where GitOps published the cluster's desired state and which Flux reads it; null before */
    void show(String clusterName, BootstrapSummary bootstrap, GitOpsSummary repository) {
        cluster.set(clusterName);
        summary.set(bootstrap);
        gitops.set(repository);
        clearMerge();
    }

    /** A new run starts: nothing to show until its Bootstrap ends. */
    void clear() {
        summary.set(null);
        gitops.set(null);
        cluster.set("");
        clearMerge();
    }

    private void clearMerge() {
        mergeState.set(MergeState.NONE);
        mergeResult.set(null);
        mergeMessage.set("");
    }

    /**
     * "Add to my kubeconfig…": merges in the background. When entries of the cluster's names with other settings
     * are there, asks whether to replace them (the file is backed up first); declined, nothing changes.
     */
    public void merge() {
        if (!canMerge.get()) {
            return;
        }
        mergeState.set(MergeState.RUNNING);
        mergeMessage.set(bundle.getString("access.merge.running"));
        run(false);
    }

    private void run(boolean overwrite) {
        String name = cluster.get();
        boolean use = useContext.get();
        Tasks.create(() -> services.kubeconfig().merge(services.workspace(), name, overwrite, use))
                .onSuccess(this::merged)
                .onUnhandledError(e -> {
                    mergeResult.set(null);
                    mergeMessage.set(LogRedactor.redact(MessageFormat.format(bundle.getString("access.merge.failed"),
                            String.valueOf(e.getMessage()))));
                    mergeState.set(MergeState.FAILED);
                })
                .runOnce(executor);
    }

    private void merged(MergeResult result) {
        if (result.outcome() == MergeResult.Outcome.CONFLICT) {
            String question = MessageFormat.format(bundle.getString("access.conflict.message"), result.target(),
                    String.join("\n", result.conflicts()), cluster.get());
            if (dialogs.confirm(bundle.getString("access.conflict.title"), question)) {
                run(true);
                return;
            }
            mergeResult.set(result);
            mergeMessage.set(MessageFormat.format(bundle.getString("access.conflict.declined"), result.target()));
            mergeState.set(MergeState.NOT_MERGED);
            return;
        }
        mergeResult.set(result);
        mergeMessage.set(result.describe());
        mergeState.set(MergeState.DONE);
    }

    public ReadOnlyObjectProperty<BootstrapSummary> summaryProperty() { return summary.getReadOnlyProperty(); }
    /** The cluster's repository and Flux once GitOps finished in the run shown; else null. */
    public ReadOnlyObjectProperty<GitOpsSummary> gitopsProperty() { return gitops.getReadOnlyProperty(); }
    /** True once a run's Bootstrap finished: the page shows what the user now has. */
    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }
    public ReadOnlyStringProperty clusterProperty() { return cluster.getReadOnlyProperty(); }
    /** The sandbox's simulated cluster: the page labels it so. */
    public BooleanBinding simulated() { return simulated; }
    public BooleanBinding allReady() { return allReady; }
    public StringBinding title() { return title; }
    public StringBinding apiUrl() { return apiUrl; }
    public StringBinding kubeconfigPath() { return kubeconfigPath; }
    /** {@code kubectl --kubeconfig '<path>' get nodes}, ready to paste. */
    public StringBinding kubectlCommand() { return kubectlCommand; }
    /** Whether the merge also makes the cluster's context the current one. */
    public BooleanProperty useContextProperty() { return useContext; }
    public BooleanBinding canMerge() { return canMerge; }
    public ReadOnlyObjectProperty<MergeState> mergeStateProperty() { return mergeState.getReadOnlyProperty(); }
    /** The last merge's result (a declined conflict included); null before one or when it failed. */
    public ReadOnlyObjectProperty<MergeResult> mergeResultProperty() { return mergeResult.getReadOnlyProperty(); }
    /** One sentence: which file, the backup, the context; or why nothing was merged. */
    public ReadOnlyStringProperty mergeMessageProperty() { return mergeMessage.getReadOnlyProperty(); }
}
