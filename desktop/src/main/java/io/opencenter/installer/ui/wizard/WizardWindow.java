package io.opencenter.installer.ui.wizard;

import java.util.Objects;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Puts the wizard into a window of its own: 1280×800, the app's stylesheet, titled "openCenter Installer". */
public final class WizardWindow {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    private static final String STYLESHEET = "/css/wizard.css";

    private WizardWindow() {}

    public static Wizard attach(Stage stage, WizardServices services) {
        Wizard wizard = Wizard.create(services);
        Scene scene = new Scene(wizard.root(), WIDTH, HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(WizardWindow.class.getResource(STYLESHEET)).toExternalForm());
        stage.setTitle(services.bundle().getString("app.title"));
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setScene(scene);
        return wizard;
    }
}
