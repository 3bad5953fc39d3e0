package io.opencenter.installer.ui.wizard.welcome;

import io.opencenter.installer.ui.wizard.install.InstallServices;
import io.opencenter.installer.install.Resumable;
import io.opencenter.installer.ui.wizard.model.StartChoice;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Welcome page's choice: where the new cluster goes, or which saved config to continue from; and the
 * unfinished installs of the workspace, each of which can be resumed.
 */
public final class WelcomeViewModel {
    private final WizardModel model;
    private final BooleanBinding valid;
    private final StringBinding openedFileText;
    private final InstallServices.Unfinished unfinishedInstalls;
    private final ObservableList<Resumable.Unfinished> unfinished = FXCollections.observableArrayList();

    public WelcomeViewModel(WizardModel model, InstallServices.Unfinished unfinishedInstalls, ResourceBundle bundle) {
        this.model = model;
        this.unfinishedInstalls = unfinishedInstalls;
        ObjectProperty<StartChoice> choice = model.startChoiceProperty();
        ObjectProperty<Path> file = model.configFileProperty();
        // "Open existing config" only makes sense once a file is open
        valid = Bindings.createBooleanBinding(
                () -> choice.get() != StartChoice.EXISTING_CONFIG || file.get() != null, choice, file);
        openedFileText = Bindings.createStringBinding(() -> file.get() == null
                ? bundle.getString("welcome.open.none")
                : MessageFormat.format(bundle.getString("welcome.open.current"), file.get().getFileName()), file);
    }

    public ObjectProperty<StartChoice> choiceProperty() {
        return model.startChoiceProperty();
    }

    /** Picking a cloud kind flips {@code cloud.sandbox} in the config; the other fields stay as the user set them. */
    public void choose(StartChoice choice) {
        model.startChoiceProperty().set(choice);
        if (choice == StartChoice.SANDBOX) {
            model.config().sandboxProperty().set(true);
        } else if (choice == StartChoice.OWN_CLOUD) {
            model.config().sandboxProperty().set(false);
        }
    }

    public BooleanBinding valid() {
        return valid;
    }

    public StringBinding openedFileText() {
        return openedFileText;
    }

    /** Lists the unfinished installs (reads the workspace's journals); run off the FX thread. */
    public Callable<List<Resumable.Unfinished>> unfinishedJob() {
        return unfinishedInstalls::list;
    }

    /** What the Resume card lists; empty hides it. */
    public ObservableList<Resumable.Unfinished> unfinished() {
        return unfinished;
    }
}
