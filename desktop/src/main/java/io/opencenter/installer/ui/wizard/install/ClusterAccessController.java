package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.install.GitOpsSummary;
import io.opencenter.installer.ui.wizard.install.ClusterAccessViewModel.MergeState;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Install page's card of what the user has once Bootstrap is done: API URL, kubeconfig path and the kubectl
 * command (read-only fields, selectable; the command has a Copy button), the "simulated" label for the sandbox,
 * "Add to my kubeconfig…" with its outcome, and once GitOps ran, the cluster's repository and Flux. Hidden until a
 * run's Bootstrap finished.
 */
public final class ClusterAccessController {
    private static final List<String> MERGE_CLASSES = Arrays.stream(MergeState.values())
            .map(s -> "merge-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();

    private final ClusterAccessViewModel viewModel;
    private final ResourceBundle bundle;

    @FXML private VBox card;
    @FXML private Label title;
    @FXML private Label simulatedBadge;
    @FXML private Label simulatedNote;
    @FXML private TextField apiUrl;
    @FXML private TextField kubeconfigPath;
    @FXML private TextField kubectlCommand;
    @FXML private Button copyButton;
    @FXML private CheckBox useContext;
    @FXML private Button mergeButton;
    @FXML private Label mergeMessage;
    @FXML private HBox gitopsTitle;
    @FXML private Label repositoryLabel;
    @FXML private Label branchLabel;
    @FXML private Label commitLabel;
    @FXML private Label fluxLabel;
    @FXML private Label fluxSimulated;
    @FXML private TextField repository;
    @FXML private TextField branch;
    @FXML private TextField commit;
    @FXML private Label commitNote;
    @FXML private TextField flux;

    public ClusterAccessController(ClusterAccessViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        card.visibleProperty().bind(viewModel.availableProperty());
        card.managedProperty().bind(card.visibleProperty());
        // the Start/Cancel button that had the focus is gone: the command to copy is the next thing to do
        viewModel.availableProperty().addListener((o, was, now) -> {
            if (now) {
                copyButton.requestFocus();
            }
        });
        title.textProperty().bind(viewModel.title());
        // green when every node is ready, amber when the cluster is there but some nodes are not
        viewModel.allReady().addListener((o, was, now) -> partial(!now));
        partial(!viewModel.allReady().get());
        simulatedBadge.visibleProperty().bind(viewModel.simulated());
        simulatedBadge.managedProperty().bind(simulatedBadge.visibleProperty());
        simulatedNote.visibleProperty().bind(viewModel.simulated());
        simulatedNote.managedProperty().bind(simulatedNote.visibleProperty());
        List.of(apiUrl, kubeconfigPath, kubectlCommand).forEach(ClusterAccessController::readOnly);
        apiUrl.textProperty().bind(viewModel.apiUrl());
        kubeconfigPath.textProperty().bind(viewModel.kubeconfigPath());
        kubectlCommand.textProperty().bind(viewModel.kubectlCommand());
        // a new command (a new run) has not been copied yet
        kubectlCommand.textProperty().addListener((o, was, now) -> copyButton.setText(bundle.getString("access.copy")));
        useContext.selectedProperty().bindBidirectional(viewModel.useContextProperty());
        useContext.disableProperty().bind(viewModel.canMerge().not());
        mergeButton.disableProperty().bind(viewModel.canMerge().not());
        mergeMessage.textProperty().bind(viewModel.mergeMessageProperty());
        mergeMessage.visibleProperty().bind(viewModel.mergeMessageProperty().isNotEmpty());
        mergeMessage.managedProperty().bind(mergeMessage.visibleProperty());
        viewModel.mergeStateProperty().addListener((o, was, now) -> styleMerge(now));
        styleMerge(viewModel.mergeStateProperty().get());
        setUpGitOps();
    }

    /** The repository, branch and folder, commit and Flux; labelled when the sandbox's Flux is a simulated one. */
    private void setUpGitOps() {
        for (Node n : List.of(gitopsTitle, repositoryLabel, repository, branchLabel, branch, commitLabel, commit,
                fluxLabel, flux)) {
            n.visibleProperty().bind(viewModel.gitopsProperty().isNotNull());
            n.managedProperty().bind(n.visibleProperty()); // the grid's rows go with them
        }
        List.of(repository, branch, commit, flux).forEach(ClusterAccessController::readOnly);
        viewModel.gitopsProperty().addListener((o, was, now) -> showGitOps(now));
        showGitOps(viewModel.gitopsProperty().get());
    }

    private void showGitOps(GitOpsSummary g) {
        repository.setText(g == null ? "" : g.repository());
        branch.setText(g == null ? "" : MessageFormat.format(bundle.getString("access.branch.value"), g.branch(),
                g.path()));
        commit.setText(g == null ? "" : g.commit());
        commitNote.setText(g == null ? "" : MessageFormat.format(bundle.getString(g.published()
                ? "access.commit.published" : "access.commit.unchanged"), g.files()));
        flux.setText(g == null ? "" : g.flux());
        fluxSimulated.setVisible(g != null && g.simulated());
        fluxSimulated.setManaged(fluxSimulated.isVisible());
    }

    /**
     * A read-only field to select and copy from: its whole text as a tooltip (a long path is cut off), and no
     * selection left standing once the focus moved on.
     */
    private static void readOnly(TextField field) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(field.textProperty());
        field.setTooltip(tip);
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                field.deselect();
            }
        });
    }

    private void partial(boolean partial) {
        card.getStyleClass().remove("access-partial");
        if (partial) {
            card.getStyleClass().add("access-partial");
        }
    }

    private void styleMerge(MergeState state) {
        mergeMessage.getStyleClass().removeAll(MERGE_CLASSES);
        mergeMessage.getStyleClass().add(MERGE_CLASSES.get(state.ordinal()));
    }

    @FXML
    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.kubectlCommand().get());
        Clipboard.getSystemClipboard().setContent(content);
        copyButton.setText(bundle.getString("access.copied"));
    }

    @FXML
    private void merge() {
        viewModel.merge();
    }
}
