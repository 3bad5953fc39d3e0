package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.ui.common.DialogService;
import io.opencenter.installer.ui.common.FxmlFile;
import io.opencenter.installer.ui.common.FxmlLoaderFactory.Loaded;
import io.opencenter.installer.ui.common.Theme;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The wizard window's frame: step list, page area, Back/Next/Cancel, Save/Open config and the Help menu. Pages are
 * loaded the first time they are shown, which keeps start-up to the Welcome page only.
 */
public final class WizardFrameController {
    private static final List<String> STEP_STATES = List.of("step-done", "step-current", "step-upcoming", "step-later");

    private final WizardFrameViewModel viewModel;
    private final WizardModel model;
    private final Function<FxmlFile, Loaded<WizardPage>> pageLoader;
    private final ConfigFileActions fileActions;
    private final HelpActions help;
    private final DialogService dialogs;
    private final ResourceBundle bundle;
    private final Map<String, Loaded<WizardPage>> pages = new HashMap<>();

    @FXML private VBox stepList;
    @FXML private StackPane pageHost;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Button cancelButton;
    @FXML private ToggleButton themeToggle;
    @FXML private Label sandboxBadge;
    @FXML private MenuButton helpMenu;
    @FXML private MenuItem exportSupportBundleItem;

    public WizardFrameController(WizardFrameViewModel viewModel, WizardModel model,
                                 Function<FxmlFile, Loaded<WizardPage>> pageLoader, ConfigFileActions fileActions,
                                 HelpActions help, DialogService dialogs, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.model = model;
        this.pageLoader = pageLoader;
        this.fileActions = fileActions;
        this.help = help;
        this.dialogs = dialogs;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        buildStepList();
        backButton.disableProperty().bind(viewModel.canGoBack().not());
        sandboxBadge.visibleProperty().bind(model.config().sandboxProperty());
        sandboxBadge.managedProperty().bind(sandboxBadge.visibleProperty());
        themeToggle.setSelected(viewModel.themeProperty().get() == Theme.DARK);
        themeToggle.selectedProperty().addListener((o, was, dark) -> viewModel.themeProperty().set(
                dark ? Theme.DARK : Theme.LIGHT));
        viewModel.themeProperty().addListener((o, was, theme) -> theme.apply());
        viewModel.currentStep().addListener((o, was, step) -> show(step));
        fileActions.setNavigator(viewModel::goTo);
        exportSupportBundleItem.disableProperty().bind(help.exportingProperty());
        stepList.sceneProperty().addListener((o, was, scene) -> installAccelerators(scene));
        show(viewModel.currentStep().get());
    }

    private void installAccelerators(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::saveConfig);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::openConfig);
        // Alt+N / Alt+B are the buttons' mnemonics; Ctrl+Page Down/Up work too, as in tabbed windows
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN),
                nextButton::fire);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN),
                backButton::fire);
        // F1 is where people look for help; Alt+H (the mnemonic) opens the same menu
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), this::showHelpMenu);
    }

    private void showHelpMenu() {
        if (!helpMenu.isShowing()) {
            helpMenu.requestFocus();
            helpMenu.show();
        }
    }

    private void buildStepList() {
        List<WizardStep> steps = viewModel.steps();
        for (int i = 0; i < steps.size(); i++) {
            WizardStep step = steps.get(i);
            Label number = new Label(Integer.toString(i + 1));
            number.getStyleClass().add("step-number");
            Label title = new Label(bundle.getString(step.titleKey()));
            title.getStyleClass().add("step-title");
            HBox row = new HBox(number, title);
            row.setId("step-" + step.id());
            row.getStyleClass().add("wizard-step");
            if (!step.available()) {
                Tooltip.install(row, new Tooltip(bundle.getString("step.later")));
            }
            stepList.getChildren().add(row);
        }
        viewModel.currentIndexProperty().addListener((o, was, now) -> styleSteps());
        styleSteps();
    }

    private void styleSteps() {
        for (int i = 0; i < stepList.getChildren().size(); i++) {
            Node row = stepList.getChildren().get(i);
            row.getStyleClass().removeAll(STEP_STATES);
            row.getStyleClass().add(STEP_STATES.get(viewModel.stateOf(i).ordinal()));
        }
    }

    private void show(WizardStep step) {
        Loaded<WizardPage> page = pages.computeIfAbsent(step.id(), id -> pageLoader.apply(step.page()));
        pageHost.getChildren().setAll(page.root());
        nextButton.disableProperty().unbind();
        nextButton.disableProperty().bind(page.controller().valid().not().or(viewModel.hasNextStep().not()));
        page.controller().onShown();
        Node focus = page.controller().initialFocus();
        focusOnceAttached(focus != null ? focus : nextButton);
    }

    /**
     * Gives the node the focus once it is part of the scene. A node inside a ScrollPane joins the scene only when the
     * ScrollPane's skin is made, at the first pulse after the page is shown; a request before that is silently
     * dropped, and the page then opened with the focus nowhere useful (seen on a loaded machine).
     */
    private static void focusOnceAttached(Node node) {
        if (node.getScene() != null) {
            Platform.runLater(node::requestFocus);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(node::requestFocus);
                }
            }
        });
    }

    /** The page controller of a step, loading it if needed (tests and the Welcome page's shortcuts use this). */
    public WizardPage page(String stepId) {
        WizardStep step = viewModel.steps().stream().filter(s -> s.id().equals(stepId)).findFirst().orElseThrow();
        return pages.computeIfAbsent(stepId, id -> pageLoader.apply(step.page())).controller();
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void cancel() {
        if (dialogs.confirm(bundle.getString("cancel.title"), bundle.getString("cancel.question"))) {
            stepList.getScene().getWindow().hide();
        }
    }

    @FXML
    private void openConfig() {
        fileActions.open();
    }

    @FXML
    private void saveConfig() {
        fileActions.save();
    }

    @FXML
    private void openLogsFolder() {
        help.openLogsFolder();
    }

    @FXML
    private void exportSupportBundle() {
        help.exportSupportBundle();
    }

    @FXML
    private void about() {
        help.about();
    }
}
