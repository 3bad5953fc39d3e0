package io.opencenter.installer.ui.common;

import io.opencenter.installer.spec.Finding;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts owned by the wizard window. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final ResourceBundle bundle;

    public FxDialogService(Supplier<Window> owner, ResourceBundle bundle) {
        this.owner = owner;
        this.bundle = bundle;
    }

    @Override
    public void showError(String title, String message, Throwable cause) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        if (cause != null && cause.getMessage() != null) {
            // the cause text only: stack traces go to the log, and might hold paths users should not paste around
            TextArea details = new TextArea(cause.getMessage());
            details.setEditable(false);
            details.setWrapText(true);
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.showAndWait();
    }

    @Override
    public void showFindings(String title, String header, List<Finding> findings) {
        Alert alert = alert(Alert.AlertType.WARNING, title, header);
        VBox list = new VBox(8);
        for (Finding f : findings) {
            list.getChildren().add(findingLabel(f));
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(320, 48.0 * findings.size()));
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setPrefWidth(640);
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        // The title heads the dialog (Monocle and some window managers show no title bar); the message, which may
        // hold long paths, wraps in the content area below it.
        Alert alert = alert(Alert.AlertType.INFORMATION, title, title);
        alert.setContentText(message);
        alert.getDialogPane().setPrefWidth(560);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private Label findingLabel(Finding f) {
        String text = f.path() + ": " + f.message();
        if (f.hint() != null && !f.hint().isBlank()) {
            text += "\n" + bundle.getString("finding.hint") + " " + f.hint();
        }
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(f.isError() ? "finding-error" : "finding-warning");
        return label;
    }

    private Alert alert(Alert.AlertType type, String title, String header) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(header);
        return alert;
    }
}
