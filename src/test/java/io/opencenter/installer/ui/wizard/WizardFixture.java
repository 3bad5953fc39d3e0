package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.ui.common.BackgroundExecutor;
import io.opencenter.installer.ui.common.Snapshots;
import io.opencenter.installer.ui.common.Theme;
import io.opencenter.installer.ui.wizard.model.WizardDefaults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** A real wizard in a real (headless) window, with file choosers and dialogs replaced by test doubles. */
final class WizardFixture {
    final RecordingDialogService dialogs = new RecordingDialogService();
    final ScriptedFileChooser chooser = new ScriptedFileChooser();
    final ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages");
    Wizard wizard;
    Stage stage;

    void start(Stage stage) throws Exception {
        this.stage = stage;
        Theme.LIGHT.apply();
        Path gitops = Files.createTempDirectory("wizard-test-gitops");
        WizardServices services = new WizardServices(bundle, new SpecConfigFiles(), new CatalogSource(Catalog::builtIn),
                chooser, dialogs, BackgroundExecutor.create(2), WizardDefaults.sandbox(gitops));
        wizard = WizardWindow.attach(stage, services);
        stage.show();
    }

    Scene scene() {
        return stage.getScene();
    }

    static Path screenshotDir() {
        return Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    }

    /** Saves the scene as {@code <screenshots.dir>/<name>}; waits for the FX thread to take it. */
    Path screenshot(String name) throws Exception {
        CompletableFuture<Path> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(Snapshots.writePng(scene(), screenshotDir().resolve(name)));
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(30, TimeUnit.SECONDS);
    }
}
