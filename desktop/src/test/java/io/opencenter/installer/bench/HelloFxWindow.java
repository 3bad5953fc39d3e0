package io.opencenter.installer.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of the startup benchmark: the smallest JavaFX window, started exactly like the wizard
 * (same JVM flags, same classpath, a main class that is not the Application, as {@code Main} is),
 * reporting {@code WIZARD_SHOWN} once its first frame is rendered. Like the wizard, it then exits with
 * {@code --exit-when-shown} and stays open with {@code --print-when-shown}. {@code bench/package.sh} packages this
 * class on its own as the hello-world app of the package benchmark.
 */
public final class HelloFxWindow {
    private HelloFxWindow() {}

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1280, 800));
            stage.setTitle("hello");
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    System.out.println("WIZARD_SHOWN");
                    System.out.flush();
                    if (getParameters().getRaw().contains("--exit-when-shown")) {
                        Platform.exit();
                    }
                }
            }.start();
        }
    }
}
