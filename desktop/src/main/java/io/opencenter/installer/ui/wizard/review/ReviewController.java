package io.opencenter.installer.ui.wizard.review;

import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.ui.common.FileChooserService;
import io.opencenter.installer.ui.common.FileType;
import io.opencenter.installer.ui.common.Tasks;
import io.opencenter.installer.ui.controls.ScrollToFocused;
import io.opencenter.installer.ui.wizard.ConfigFileActions;
import io.opencenter.installer.ui.wizard.WizardPage;
import io.opencenter.installer.ui.wizard.cloud.CloudCheckPanel;
import io.opencenter.installer.ui.wizard.cloud.CloudCheckViewModel;
import io.opencenter.installer.ui.wizard.install.InstallViewModel;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Review & plan: the plan's resources, quota headroom, estimated time, saving the config, the CLI command. */
public final class ReviewController implements WizardPage {
    private final ReviewViewModel viewModel;
    private final CloudCheckViewModel cloudCheck;
    private final InstallViewModel install;
    private final ConfigFileActions fileActions;
    private final FileChooserService fileChooser;
    private final Executor executor;
    private final Runnable toCloudPage;
    private final Runnable toInstallPage;
    private final ResourceBundle bundle;
    private BooleanBinding valid;
    private boolean planning;
    private boolean shownOnce;

    @FXML private javafx.scene.control.ScrollPane scroll;
    @FXML private Label total;
    @FXML private Label estimate;
    @FXML private Label error;
    @FXML private FlowPane counts;
    @FXML private TableView<PlanReview.Row> planTable;
    @FXML private VBox cloudCheckBox;
    @FXML private TextField savePath;
    @FXML private Label saved;
    @FXML private TextField cliCommand;
    @FXML private Label cliNote;
    @FXML private Button installButton;
    @FXML private Button copyButton;
    @FXML private Button saveButton;

    public ReviewController(ReviewViewModel viewModel, CloudCheckViewModel cloudCheck, InstallViewModel install,
                            ConfigFileActions fileActions, FileChooserService fileChooser,
                            Executor executor, Runnable toCloudPage, Runnable toInstallPage, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.cloudCheck = cloudCheck;
        this.install = install;
        this.fileActions = fileActions;
        this.fileChooser = fileChooser;
        this.executor = executor;
        this.toCloudPage = toCloudPage;
        this.toInstallPage = toInstallPage;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        valid = viewModel.planReady().and(cloudCheck.passed());
        ScrollToFocused.install(scroll);
        new CloudCheckPanel(cloudCheckBox, cloudCheck, toCloudPage, bundle);
        setUpTable();
        total.textProperty().bind(Bindings.createStringBinding(() -> viewModel.reviewProperty().get() == null
                ? bundle.getString("review.planning")
                : Integer.toString(viewModel.reviewProperty().get().total()), viewModel.reviewProperty()));
        estimate.textProperty().bind(viewModel.estimateText());
        viewModel.reviewProperty().addListener((o, was, now) -> showPlan(now));
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        savePath.textProperty().bindBidirectional(viewModel.savePathProperty());
        saved.textProperty().bind(viewModel.savedText());
        cliCommand.textProperty().bind(viewModel.cliCommand());
        cliNote.textProperty().bind(Bindings.createStringBinding(() -> bundle.getString(
                viewModel.savedText().get().isEmpty() ? "review.cli.saveFirst" : "review.cli.note"),
                viewModel.savedText()));
        BooleanBinding noFile = viewModel.saveFile().isNull();
        saveButton.disableProperty().bind(noFile);
        copyButton.disableProperty().bind(noFile);
        installButton.disableProperty().bind(valid.not());
        installButton.textProperty().bind(Bindings.createStringBinding(() -> bundle.getString(
                install.running().get() ? "review.install.show" : "review.install"), install.running()));
    }

    private void setUpTable() {
        planTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        planTable.setFixedCellSize(30); // dense rows: a plan has dozens of resources
        planTable.setPlaceholder(new Label(bundle.getString("review.planning")));
        planTable.getColumns().setAll(List.of(
                column("review.col.kind", r -> viewModel.kindName(r.kind(), 1), 150),
                column("review.col.name", PlanReview.Row::name, 280),
                column("review.col.dependsOn", r -> String.join(", ", r.dependsOn()), 360)));
    }

    private TableColumn<PlanReview.Row, String> column(String key, Function<PlanReview.Row, String> value,
                                                       double width) {
        TableColumn<PlanReview.Row, String> c = new TableColumn<>(bundle.getString(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void showPlan(PlanReview review) {
        planTable.getItems().setAll(review == null ? List.of() : review.rows());
        counts.getChildren().clear();
        if (review != null) {
            for (Map.Entry<ResourceKind, Integer> e : review.orderedCounts()) {
                Label chip = new Label(MessageFormat.format(bundle.getString("review.count"), e.getValue(),
                        viewModel.kindName(e.getKey(), e.getValue())));
                chip.setId("count-" + e.getKey().name());
                chip.getStyleClass().add("count-chip");
                counts.getChildren().add(chip);
            }
        }
    }

    @Override
    public void onShown() {
        viewModel.suggestSavePath();
        plan();
        if (shownOnce && cloudCheck.stateProperty().get() != CloudCheckViewModel.State.CHECKING) {
            cloudCheck.recheck(); // quotas change while the user reads the other pages
        }
        shownOnce = true;
    }

    private void plan() {
        if (planning || !viewModel.isStale()) {
            return;
        }
        planning = true;
        Tasks.create(viewModel.planJob())
                .onSuccess(viewModel::show)
                .onUnhandledError(viewModel::failed)
                .andFinally(() -> {
                    planning = false;
                    if (viewModel.isStale() && viewModel.errorProperty().get().isEmpty()) {
                        plan(); // the model changed while planning
                    }
                })
                .runOnce(executor);
    }

    @FXML
    private void install() {
        install.start();
        toInstallPage.run();
    }

    @FXML
    private void save() {
        Path file = viewModel.saveFile().get();
        if (file != null) {
            fileActions.save(file);
        }
    }

    @FXML
    private void browse() {
        Path current = viewModel.saveFile().get();
        String suggested = current == null ? "cluster.yaml" : current.getFileName().toString();
        fileChooser.chooseFileToSave(bundle.getString("config.save.title"), suggested, FileType.CONFIG)
                .ifPresent(file -> {
                    viewModel.savePathProperty().set(file.toString());
                    fileActions.save(file);
                });
    }

    @FXML
    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.cliCommand().get());
        Clipboard.getSystemClipboard().setContent(content);
        copyButton.setText(bundle.getString("review.copied"));
    }

    @Override
    public BooleanBinding valid() {
        return valid;
    }

    @Override
    public Node initialFocus() {
        return installButton.isDisabled() ? planTable : installButton;
    }
}
