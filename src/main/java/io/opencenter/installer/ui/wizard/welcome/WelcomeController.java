package io.opencenter.installer.ui.wizard.welcome;

import io.opencenter.installer.ui.common.Keyboard;
import io.opencenter.installer.ui.wizard.ConfigFileActions;
import io.opencenter.installer.ui.wizard.WizardPage;
import io.opencenter.installer.ui.wizard.model.StartChoice;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

/** Welcome: sandbox (default), own OpenStack cloud, or an existing config file. */
public final class WelcomeController implements WizardPage {
    private final WelcomeViewModel viewModel;
    private final ConfigFileActions fileActions;

    @FXML private ToggleGroup startChoice;
    @FXML private RadioButton sandboxChoice;
    @FXML private RadioButton cloudChoice;
    @FXML private RadioButton openChoice;
    @FXML private Button browseButton;
    @FXML private Label openedFile;

    public WelcomeController(WelcomeViewModel viewModel, ConfigFileActions fileActions) {
        this.viewModel = viewModel;
        this.fileActions = fileActions;
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
    }

    private void select(StartChoice choice) {
        for (Toggle t : startChoice.getToggles()) {
            if (t.getUserData() == choice && !t.isSelected()) {
                t.setSelected(true);
            }
        }
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
