package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.bootstrap.NodeState;
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
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Install: phases; live tables of the resources, from Bootstrap on of the nodes, and from Rollout on of the platform
 * services ({@link ServiceTable}); overall progress with ETA; the redacted log; Cancel/Resume; and once Bootstrap is
 * done, the cluster the user has (its own controller, included).
 */
public final class InstallController implements WizardPage {
    private static final List<String> STATE_CLASSES = Arrays.stream(ResourceState.values())
            .map(s -> "state-" + s.name().toLowerCase(Locale.ROOT)).toList();
    private static final List<String> NODE_CLASSES = Arrays.stream(NodeState.values())
            .map(s -> "node-" + s.name().toLowerCase(Locale.ROOT)).toList();
    private static final List<String> PHASE_CLASSES = Arrays.stream(PhaseState.values())
            .map(s -> "phase-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();

    private final InstallViewModel viewModel;
    private final ResourceBundle bundle;

    @FXML private Button startButton;
    @FXML private Button cancelButton;
    @FXML private Label message;
    @FXML private HBox progressRow;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressText;
    @FXML private VBox phaseList;
    @FXML private TabPane tabs;
    @FXML private Tab nodesTab;
    @FXML private TableView<ResourceRow> resourceTable;
    @FXML private Label nodeCount;
    @FXML private TableView<NodeRow> nodeTable;
    @FXML private Tab servicesTab;
    @FXML private Label serviceCount;
    @FXML private TableView<ServiceRow> serviceTable;
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
        // once every node is ready the cluster card says it; the bar stays when some are not
        progressRow.visibleProperty().bind(viewModel.access().allReady().not());
        progressRow.managedProperty().bind(progressRow.visibleProperty());
        board.phases().forEach(p -> phaseList.getChildren().add(phaseRow(p)));
        setUpTable(board);
        setUpNodes(board.nodes());
        ServiceTable.setUp(serviceTable, serviceCount, viewModel, bundle);
        // Rollout starting is what the person wants to watch next
        board.services().activeProperty().addListener((o, was, now) -> {
            if (now) {
                tabs.getSelectionModel().select(servicesTab);
            }
        });
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
        resourceTable.setRowFactory(table -> new StyledRow<>(ResourceRow::stateProperty, STATE_CLASSES));
    }

    private void setUpNodes(NodeBoard nodes) {
        // widths in proportion: the detail (why a node is not ready) is the longest text
        BoardTable.bind(nodeTable, nodeCount, nodes.rows(), nodes.readyTextProperty(), nodes.activeProperty(),
                bundle.getString("install.nodes.none"));
        TableColumn<NodeRow, String> detail = nodeColumn("install.col.detail", NodeRow::detailProperty);
        detail.setCellFactory(column -> new TooltipCell<>());
        nodeTable.getColumns().setAll(List.of(
                nodeColumn("install.col.node", r -> Bindings.createStringBinding(r::name)),
                nodeColumn("install.col.role", r -> Bindings.createStringBinding(r::role)),
                nodeColumn("install.col.state", r -> Bindings.createStringBinding(() -> bundle.getString(
                        "install.node.state." + r.state().name()), r.stateProperty())),
                detail));
        double[][] widths = {{180, 150}, {135, 120}, {180, 170}, {300, 80}}; // preferred, least
        for (int i = 0; i < widths.length; i++) {
            nodeTable.getColumns().get(i).setPrefWidth(widths[i][0]);
            nodeTable.getColumns().get(i).setMinWidth(widths[i][1]);
        }
        nodeTable.setRowFactory(table -> new StyledRow<>(NodeRow::stateProperty, NODE_CLASSES));
        // Bootstrap starting is what the person wants to watch next
        nodes.activeProperty().addListener((o, was, now) -> {
            if (now) {
                tabs.getSelectionModel().select(nodesTab);
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
        return textColumn(key, value);
    }

    private TableColumn<NodeRow, String> nodeColumn(String key, Function<NodeRow, ObservableValue<String>> value) {
        return textColumn(key, value);
    }

    private <T> TableColumn<T, String> textColumn(String key, Function<T, ObservableValue<String>> value) {
        TableColumn<T, String> c = new TableColumn<>(bundle.getString(key));
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
