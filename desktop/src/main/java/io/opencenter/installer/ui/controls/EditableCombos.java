package io.opencenter.installer.ui.controls;

import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * Editable combo boxes for names the cloud offers: pick from the list or type any text. The typed text is the
 * value (bound to the model on every keystroke, so live validation sees it), and the list can show more than the
 * name ("m1.large — 4 vCPU, 8 GiB RAM") while the field keeps only the name.
 */
public final class EditableCombos {
    private EditableCombos() {}

    /** Makes {@code combo} editable with its text bound both ways to {@code text}; returns the unbinding. */
    public static Runnable bind(ComboBox<String> combo, StringProperty text) {
        combo.setEditable(true);
        combo.getEditor().textProperty().bindBidirectional(text);
        // picking from the list sets the value; the editor follows only on commit, so copy it over at once
        javafx.beans.value.ChangeListener<String> picked = (o, was, now) -> {
            if (now != null && !now.equals(text.get())) {
                text.set(now);
            }
        };
        combo.valueProperty().addListener(picked);
        return () -> {
            combo.getEditor().textProperty().unbindBidirectional(text);
            combo.valueProperty().removeListener(picked);
        };
    }

    /** List cells show {@code describe(name)}; the editor keeps the plain name. */
    public static void describeItems(ComboBox<String> combo, Function<String, String> describe) {
        combo.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe.apply(item));
            }
        });
    }
}
