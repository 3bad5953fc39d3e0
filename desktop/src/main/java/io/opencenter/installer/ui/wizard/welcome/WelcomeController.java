package io.opencenter.installer.ui.wizard.welcome;

import io.opencenter.installer.ui.common.Keyboard;
import io.opencenter.installer.ui.common.Tasks;
import io.opencenter.installer.ui.wizard.ConfigFileActions;
import io.opencenter.installer.ui.wizard.WizardPage;
import io.opencenter.installer.ui.wizard.install.ResumeAction;
import io.opencenter.installer.install.Resumable;
import io.opencenter.installer.ui.wizard.model.StartChoice;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Welcome: resume an unfinished install, or start: sandbox (default), own OpenStack cloud, an existing config. */
public final class WelcomeController implements WizardPage {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final WelcomeViewModel viewModel;
    private final ConfigFileActions fileActions;
    private final ResumeAction resume;
    private final Executor executor;
    private final ResourceBundle bundle;

    @FXML private ToggleGroup startChoice;
    @FXML private RadioButton sandboxChoice;
    @FXML private RadioButton cloudChoice;
    @FXML private RadioButton openChoice;
    @FXML private Button browseButton;
    @FXML private Label openedFile;
    @FXML private VBox resumeCard;
    @FXML private VBox resumeList;

    public WelcomeController(WelcomeViewModel viewModel, ConfigFileActions fileActions, ResumeAction resume,
                             Executor executor, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.fileActions = fileActions;
        this.resume = resume;
        this.executor = executor;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        sandboxChoice.setUserData(StartChoice.SANDBOX);
        cloudChoice.setUserData(StartChoice.OWN_CLOUD);
        openChoice.setUserData(StartChoice.EXISTING_CONFIG);
        Keyboard.fireOnEnter(sandboxChoice, cloudChoice, openChoice);
        select(viewModel.choiceProperty().get());
        viewModel.choiceProperty().addListener((o, was, now) -> select(now));
        startChoice.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.choose((StartChoice) now.getUserData());
            }
        });
        openedFile.textProperty().bind(viewModel.openedFileText());
        viewModel.unfinished().addListener((ListChangeListener<Resumable.Unfinished>) c -> showUnfinished());
        showUnfinished();
    }

    private void select(StartChoice choice) {
        for (Toggle t : startChoice.getToggles()) {
            if (t.getUserData() == choice && !t.isSelected()) {
                t.setSelected(true);
            }
        }
    }

    /** Looks for unfinished installs each time the page shows (one may have been cancelled meanwhile). */
    @Override
    public void onShown() {
        Tasks.create(viewModel.unfinishedJob())
                .onSuccess(viewModel.unfinished()::setAll)
                .onUnhandledError(e -> viewModel.unfinished().clear())
                .runOnce(executor);
    }

    private void showUnfinished() {
        List<Resumable.Unfinished> list = viewModel.unfinished();
        resumeList.getChildren().setAll(list.stream().map(this::resumeRow).toList());
        resumeCard.setVisible(!list.isEmpty());
        resumeCard.setManaged(!list.isEmpty());
    }

    private Node resumeRow(Resumable.Unfinished u) {
        Button button = new Button(bundle.getString("welcome.resume.button"));
        button.setId("resume-" + u.cluster());
        button.getStyleClass().add("accent");
        button.setOnAction(e -> resume.resume(u));
        Label name = new Label(u.cluster());
        name.getStyleClass().add("text-bold");
        Label when = new Label(MessageFormat.format(bundle.getString("welcome.resume.row"),
                u.lastActivity() == null ? "?" : WHEN.format(u.lastActivity())));
        when.getStyleClass().add("text-muted");
        Label file = new Label(u.config().toString());
        file.getStyleClass().add("text-muted");
        file.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS); // keep the file name readable
        button.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, button, new VBox(2, new HBox(10, name, when), file));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    @FXML
    private void browse() {
        viewModel.choose(StartChoice.EXISTING_CONFIG);
        fileActions.open();
    }

    @Override
    public BooleanBinding valid() {
        return viewModel.valid();
    }

    @Override
    public Node initialFocus() {
        return (Node) startChoice.getSelectedToggle();
    }
}
