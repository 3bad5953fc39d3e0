package io.opencenter.installer.ui.wizard.topology;

import io.opencenter.installer.topology.DiagramFormat;
import io.opencenter.installer.ui.common.DialogService;
import io.opencenter.installer.ui.common.FileChooserService;
import io.opencenter.installer.ui.common.FileType;
import io.opencenter.installer.ui.common.Tasks;
import io.opencenter.installer.ui.controls.DiagramView;
import io.opencenter.installer.ui.wizard.WizardPage;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/** Topology preview: the diagram with zoom, pan and export. */
public final class TopologyController implements WizardPage {
    /** Below about 60% the service names of the diagram get hard to read; the first view stays above it. */
    private static final double FIRST_VIEW_MIN_ZOOM = 0.6;

    private final TopologyViewModel viewModel;
    private final FileChooserService fileChooser;
    private final DialogService dialogs;
    private final Executor executor;
    private final ResourceBundle bundle;
    private boolean building;
    private boolean fittedOnce;

    @FXML private VBox page;
    @FXML private DiagramView diagramView;
    @FXML private Label summary;
    @FXML private Label zoomLabel;
    @FXML private Label status;
    @FXML private Button exportSvgButton;
    @FXML private Button exportPngButton;
    @FXML private Button zoomInButton;
    @FXML private Button zoomOutButton;
    @FXML private Button zoomFitButton;

    public TopologyController(TopologyViewModel viewModel, FileChooserService fileChooser, DialogService dialogs,
                              Executor executor, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.fileChooser = fileChooser;
        this.dialogs = dialogs;
        this.executor = executor;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(viewModel.summary());
        status.textProperty().bind(viewModel.statusProperty());
        zoomLabel.textProperty().bind(Bindings.createStringBinding(() -> MessageFormat.format(
                bundle.getString("topology.zoom"), Math.round(diagramView.zoomProperty().get() * 100)),
                diagramView.zoomProperty()));
        BooleanBinding noDiagram = viewModel.hasDiagram().not();
        for (Button b : new Button[] {exportSvgButton, exportPngButton, zoomInButton, zoomOutButton, zoomFitButton}) {
            b.disableProperty().bind(noDiagram);
        }
        viewModel.diagramProperty().addListener((o, was, d) -> {
            diagramView.setDiagram(d);
            if (!fittedOnce) {
                fittedOnce = true;
                diagramView.layout();
                diagramView.zoomToWidth(FIRST_VIEW_MIN_ZOOM);
            }
        });
        // +/- and 0 zoom wherever the focus is on this page (there is no text input here to steal them from)
        page.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (diagramView.handleZoomKey(e)) {
                e.consume();
            }
        });
    }

    @Override
    public void onShown() {
        if (!building && viewModel.isStale()) {
            building = true;
            Tasks.create(viewModel.buildJob())
                    .onSuccess(viewModel::show)
                    .onUnhandledError(e -> dialogs.showError(bundle.getString("topology.failed"),
                            bundle.getString("topology.failed.detail"), e))
                    .andFinally(() -> {
                        building = false;
                        if (viewModel.isStale()) {
                            onShown(); // the model changed while building
                        }
                    })
                    .runOnce(executor);
        }
    }

    @FXML
    private void zoomIn() {
        diagramView.zoomIn();
    }

    @FXML
    private void zoomOut() {
        diagramView.zoomOut();
    }

    @FXML
    private void zoomFit() {
        diagramView.zoomToFit();
    }

    @FXML
    private void exportSvg() {
        export(DiagramFormat.SVG, FileType.SVG);
    }

    @FXML
    private void exportPng() {
        export(DiagramFormat.PNG, FileType.PNG);
    }

    private void export(DiagramFormat format, FileType type) {
        String title = bundle.getString(format == DiagramFormat.SVG ? "topology.export.svg.title"
                : "topology.export.png.title");
        fileChooser.chooseFileToSave(title, viewModel.suggestedFileName(format), type).ifPresent(file ->
                Tasks.create(viewModel.exportJob(file, format))
                        .onSuccess(viewModel::exported)
                        .onUnhandledError(e -> dialogs.showError(bundle.getString("topology.export.failed"),
                                MessageFormat.format(bundle.getString("topology.export.failed.detail"), file), e))
                        .runOnce(executor));
    }

    @Override
    public BooleanBinding valid() {
        return viewModel.valid();
    }

    @Override
    public Node initialFocus() {
        return diagramView;
    }
}
