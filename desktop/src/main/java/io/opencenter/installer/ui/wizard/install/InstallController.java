package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.install.PhaseState;
import io.opencenter.installer.provision.ResourceState;
import io.opencenter.installer.ui.wizard.WizardPage;
import io.opencenter.installer.ui.wizard.install.InstallViewModel.RunState;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Install: phases, a live table of the resources, overall progress with ETA, the redacted log, Cancel/Resume. */
public final class InstallController implements WizardPage {
    private static final List<String> STATE_CLASSES = Arrays.stream(ResourceState.values())
            .map(s -> "state-" + s.name().toLowerCase(Locale.ROOT)).toList();
    private static final List<String> PHASE_CLASSES = Arrays.stream(PhaseState.values())
            .map(s -> "phase-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();

    private final InstallViewModel viewModel;
    private final ResourceBundle bundle;

    @FXML private Button startButton;
    @FXML private Button cancelButton;
    @FXML private Label message;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressText;
    @FXML private VBox phaseList;
    @FXML private TableView<ResourceRow> resourceTable;
    @FXML private ListView<String> log;

    public InstallController(InstallViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        InstallBoard board = viewModel.board();
        message.textProperty().bind(viewModel.messageProperty());
        progressBar.progressProperty().bind(board.progressProperty());
        progressText.textProperty().bind(board.progressTextProperty());
        board.phases().forEach(p -> phaseList.getChildren().add(phaseRow(p)));
        setUpTable(board);
        log.setItems(board.log());
        log.setFixedCellSize(22); // dense, monospaced lines
        // follow the newest line; one scroll per batch, since a batch is one change of the list
        board.log().addListener((ListChangeListener<String>) c -> log.scrollTo(board.log().size() - 1));
        setUpButtons();
    }

    private void setUpButtons() {
        startButton.visibleProperty().bind(viewModel.canStart());
        startButton.managedProperty().bind(startButton.visibleProperty());
        startButton.textProperty().bind(Bindings.createStringBinding(() -> bundle.getString(
                viewModel.everStarted() ? "install.resume" : "install.start"), viewModel.runStateProperty()));
        cancelButton.visibleProperty().bind(viewModel.running());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        cancelButton.disableProperty().bind(viewModel.runStateProperty().isEqualTo(RunState.CANCELLING));
        cancelButton.textProperty().bind(Bindings.createStringBinding(() -> bundle.getString(
                viewModel.runStateProperty().get() == RunState.CANCELLING ? "install.cancelling.button"
                        : "install.cancel"), viewModel.runStateProperty()));
    }

    private Node phaseRow(PhaseRow phase) {
        String id = "phase-" + phase.phase().name();
        Label mark = new Label();
        mark.getStyleClass().add("phase-mark");
        Label name = new Label(phase.phase().label());
        name.getStyleClass().add("phase-name");
        Label state = new Label();
        state.setId(id + "-state");
        state.getStyleClass().add("phase-state");
        // the state under the name: both stay whole in the narrow column
        HBox row = new HBox(8, mark, new VBox(0, name, state));
        row.setId(id);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("phase-row");
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(phase.detailProperty());
        Runnable refresh = () -> {
            PhaseState s = phase.state();
            state.setText(bundle.getString("install.phase.state." + s.name()));
            mark.setText(bundle.getString("install.phase.mark." + s.name()));
            row.getStyleClass().removeAll(PHASE_CLASSES);
            row.getStyleClass().add(PHASE_CLASSES.get(s.ordinal()));
            if (phase.detailProperty().get().isEmpty()) {
                javafx.scene.control.Tooltip.uninstall(row, tip);
            } else {
                javafx.scene.control.Tooltip.install(row, tip);
            }
        };
        phase.stateProperty().addListener((o, was, now) -> refresh.run());
        phase.detailProperty().addListener((o, was, now) -> refresh.run());
        refresh.run();
        return row;
    }

    private void setUpTable(InstallBoard board) {
        resourceTable.setItems(board.resources());
        resourceTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        resourceTable.setFixedCellSize(30);
        resourceTable.setPlaceholder(new Label(bundle.getString("install.resources.none")));
        resourceTable.getColumns().setAll(List.of(
                column("review.col.kind", r -> Bindings.createStringBinding(() -> kindName(r))),
                column("review.col.name", r -> Bindings.createStringBinding(r::name)),
                column("install.col.state", r -> Bindings.createStringBinding(() -> stateText(r),
                        r.stateProperty(), r.adoptedProperty())),
                column("install.col.note", ResourceRow::reasonProperty)));
        resourceTable.getColumns().get(0).setPrefWidth(140);
        resourceTable.getColumns().get(1).setPrefWidth(230);
        resourceTable.getColumns().get(2).setPrefWidth(150);
        resourceTable.setRowFactory(table -> new TableRow<>() {
            private final javafx.beans.value.ChangeListener<ResourceState> restyle = (o, was, now) -> style(now);

            @Override
            protected void updateItem(ResourceRow row, boolean empty) {
                ResourceRow old = getItem();
                if (old != null) {
                    old.stateProperty().removeListener(restyle);
                }
                super.updateItem(row, empty);
                if (empty || row == null) {
                    style(null);
                } else {
                    row.stateProperty().addListener(restyle);
                    style(row.state());
                }
            }

            private void style(ResourceState state) {
                getStyleClass().removeAll(STATE_CLASSES);
                if (state != null) {
                    getStyleClass().add(STATE_CLASSES.get(state.ordinal()));
                }
            }
        });
    }

    private String kindName(ResourceRow r) {
        String key = "review.kind." + r.kind().name();
        return bundle.containsKey(key) ? bundle.getString(key) : r.kind().name();
    }

    private String stateText(ResourceRow r) {
        String state = bundle.getString("install.state." + r.state().name());
        return r.adoptedProperty().get() ? state + " " + bundle.getString("install.adopted") : state;
    }

    private TableColumn<ResourceRow, String> column(String key,
                                                    Function<ResourceRow, ObservableValue<String>> value) {
        TableColumn<ResourceRow, String> c = new TableColumn<>(bundle.getString(key));
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.setSortable(false);
        return c;
    }

    @FXML
    private void start() {
        viewModel.start();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @Override
    public BooleanBinding valid() {
        return viewModel.succeeded();
    }

    @Override
    public Node initialFocus() {
        return viewModel.running().get() ? cancelButton : startButton;
    }
}
