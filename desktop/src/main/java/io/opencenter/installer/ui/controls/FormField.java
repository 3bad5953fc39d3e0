package io.opencenter.installer.ui.controls;

import javafx.beans.DefaultProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * A labelled form field: caption, the input control, and a problem text under it that is only there while there is
 * a problem. The problem is plain visible text (not only a tooltip), so it can be read without hovering and by
 * screen readers. The caption is the control's mnemonic label: "_Pod CIDR" focuses the field with Alt+P.
 */
@DefaultProperty("content")
public final class FormField extends VBox {
    private static final String ERROR_STYLE = "field-error";
    private static final String WARNING_STYLE = "field-warning";

    private final Label caption = new Label();
    private final Label problem = new Label();
    private final ObjectProperty<Node> content = new SimpleObjectProperty<>(this, "content");
    private String help;

    public FormField() {
        getStyleClass().add("form-field");
        setMaxWidth(Double.MAX_VALUE);
        GridPane.setValignment(this, VPos.TOP); // fields of a row line up even when one shows a problem
        caption.getStyleClass().add("form-field-label");
        caption.setMnemonicParsing(true);
        caption.managedProperty().bind(caption.textProperty().isNotEmpty());
        caption.visibleProperty().bind(caption.managedProperty());
        problem.setWrapText(true);
        problem.setVisible(false);
        problem.setManaged(false);
        getChildren().addAll(caption, problem);
        content.addListener((o, old, node) -> {
            if (old != null) {
                getChildren().remove(old);
            }
            if (node != null) {
                getChildren().add(1, node);
                Control input = input();
                caption.setLabelFor(input);
                applyHelp();
                if (input != null && input.getId() != null) {
                    problem.setId(input.getId() + "-problem");
                }
            }
        });
    }

    public String getLabel() {
        return caption.getText();
    }

    public void setLabel(String text) {
        caption.setText(text);
    }

    /** Explains the field; shown as the control's tooltip. */
    public String getHelp() {
        return help;
    }

    public void setHelp(String help) {
        this.help = help;
        applyHelp();
    }

    public Node getContent() {
        return content.get();
    }

    public void setContent(Node node) {
        content.set(node);
    }

    public ObjectProperty<Node> contentProperty() {
        return content;
    }

    /**
     * The control the user types into: the content itself, or the first control inside it (a text field with a
     * Browse button). It gets the tooltip and the caption's mnemonic.
     */
    public Control input() {
        return firstControl(content.get());
    }

    private static Control firstControl(Node node) {
        if (node instanceof Control control) {
            return control;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Control found = firstControl(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The problem label (for tests and for screen readers' "described by"). */
    public Label problemLabel() {
        return problem;
    }

    /** Shows {@code text} under the field; null or empty hides it. */
    public void setProblem(String text, boolean error) {
        boolean show = text != null && !text.isEmpty();
        problem.setText(show ? text : "");
        problem.getStyleClass().removeAll(ERROR_STYLE, WARNING_STYLE);
        problem.getStyleClass().add(error ? ERROR_STYLE : WARNING_STYLE);
        problem.setVisible(show);
        problem.setManaged(show);
    }

    private void applyHelp() {
        Control control = input();
        if (help != null && control != null) {
            Tooltip tip = new Tooltip(help);
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            control.setTooltip(tip);
        }
    }
}
