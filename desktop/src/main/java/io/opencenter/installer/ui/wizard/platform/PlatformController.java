package io.opencenter.installer.ui.wizard.platform;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.ui.common.DialogService;
import io.opencenter.installer.ui.common.Keyboard;
import io.opencenter.installer.ui.common.Tasks;
import io.opencenter.installer.ui.controls.ScrollToFocused;
import io.opencenter.installer.ui.wizard.WizardPage;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Platform services: one card per namespace, one check box per service. */
public final class PlatformController implements WizardPage {
    private static final int COLUMNS = 2;

    private final PlatformViewModel viewModel;
    private final Supplier<Catalog> catalog;
    private final Executor executor;
    private final DialogService dialogs;
    private final ResourceBundle bundle;
    private boolean loadStarted;

    @FXML private ScrollPane scroll;
    @FXML private Label summary;
    @FXML private ProgressIndicator loading;
    @FXML private HBox namespaceColumns;

    public PlatformController(PlatformViewModel viewModel, Supplier<Catalog> catalog, Executor executor,
                              DialogService dialogs, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.catalog = catalog;
        this.executor = executor;
        this.dialogs = dialogs;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(viewModel.summary());
        loading.visibleProperty().bind(viewModel.catalogProperty().isNull());
        loading.managedProperty().bind(loading.visibleProperty());
        viewModel.groups().addListener((ListChangeListener<NamespaceGroup>) c -> buildCards());
        ScrollToFocused.install(scroll);
        buildCards();
    }

    @Override
    public void onShown() {
        if (!loadStarted && viewModel.catalogProperty().get() == null) {
            loadStarted = true;
            Tasks.create(catalog::get)
                    .onSuccess(viewModel::setCatalog)
                    .onUnhandledError(e -> {
                        loadStarted = false;
                        dialogs.showError(bundle.getString("platform.catalogFailed"),
                                bundle.getString("platform.catalogFailed.detail"), e);
                    })
                    .runOnce(executor);
        }
    }

    /**
     * Cards go into two columns, each card to the currently shorter one (by rows), so that cards keep their own
     * height and the columns end at about the same place; catalog order still reads top to bottom.
     */
    private void buildCards() {
        VBox[] columns = new VBox[COLUMNS];
        int[] rows = new int[COLUMNS];
        for (int c = 0; c < COLUMNS; c++) {
            columns[c] = new VBox(16);
            columns[c].getStyleClass().add("ns-column");
            columns[c].setPrefWidth(0); // equal shares of the width, whatever the content
            HBox.setHgrow(columns[c], Priority.ALWAYS);
        }
        for (NamespaceGroup group : viewModel.groups()) {
            int shortest = rows[0] <= rows[1] ? 0 : 1;
            columns[shortest].getChildren().add(card(group));
            rows[shortest] += group.services().size() * 2 + 3;
        }
        namespaceColumns.getChildren().setAll(columns);
    }

    private VBox card(NamespaceGroup group) {
        Label title = new Label(group.namespace().id());
        title.getStyleClass().add("ns-title");
        Label purpose = new Label(group.namespace().purpose());
        purpose.getStyleClass().add("ns-purpose");
        purpose.setWrapText(true);
        VBox card = new VBox(4, title, purpose);
        card.setId("ns-card-" + group.namespace().id());
        card.getStyleClass().add("ns-card");
        for (ServiceToggle toggle : group.services()) {
            card.getChildren().add(serviceRow(toggle));
        }
        return card;
    }

    private VBox serviceRow(ServiceToggle toggle) {
        ServiceDef s = toggle.service();
        CheckBox box = new CheckBox(s.displayName());
        box.setId("svc-toggle-" + s.id());
        box.selectedProperty().bindBidirectional(toggle.selectedProperty());
        box.setDisable(toggle.locked());
        box.setTooltip(new Tooltip(s.purpose()));
        Keyboard.fireOnEnter(box);
        Label note = new Label();
        note.setId("svc-note-" + s.id());
        note.textProperty().bind(toggle.noteProperty());
        note.getStyleClass().add(switch (toggle.kind()) {
            case REQUIRED -> "service-required";
            case PART -> "service-part";
            case OPTIONAL -> "service-kept";
        });
        note.visibleProperty().bind(toggle.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        HBox head = new HBox(8, box, note);
        head.getStyleClass().add("service-head");
        Label detail = new Label(details(s));
        detail.getStyleClass().add("service-detail");
        detail.setWrapText(true);
        VBox row = new VBox(1, head, detail);
        row.getStyleClass().add("service-row");
        return row;
    }

    private String details(ServiceDef s) {
        String version = s.chart() == null || s.chart().version() == null ? "" : s.chart().version();
        return version.isEmpty() ? s.purpose()
                : s.purpose() + " \u00b7 " + java.text.MessageFormat.format(bundle.getString("platform.version"),
                version);
    }

    @Override
    public BooleanBinding valid() {
        return viewModel.valid();
    }

    @Override
    public Node initialFocus() {
        return null;
    }
}
