package io.opencenter.installer.ui.controls;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * Connects an editable integer {@link Spinner} to a nullable model property. Unlike the stock spinner, every
 * keystroke reaches the model (for live validation), an empty field is "missing" (null) instead of snapping back,
 * and the spinner range is only what the arrows walk: out-of-rule numbers are left for the validator to explain.
 */
public final class IntegerSpinners {
    private IntegerSpinners() {}

    /** @return undoes the link to {@code value} (for spinners that are thrown away while the model lives on) */
    public static Runnable bind(Spinner<Integer> spinner, ObjectProperty<Integer> value, int min, int max) {
        int start = value.get() == null ? min : Math.max(min, Math.min(max, value.get()));
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, start);
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        TextField editor = spinner.getEditor();
        // the converter never yields null: committing an empty editor keeps the arrows' value, model stays null
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n.toString();
            }

            @Override
            public Integer fromString(String text) {
                Integer parsed = parse(text);
                return parsed == null || parsed < min || parsed > max ? factory.getValue() : parsed;
            }
        });
        editor.setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("\\d{0,7}") ? change : null));
        editor.setText(value.get() == null ? "" : value.get().toString());

        boolean[] syncing = {false};
        editor.textProperty().addListener((o, was, text) -> sync(syncing, () -> {
            Integer typed = parse(text);
            value.set(typed);
            if (typed != null && typed >= min && typed <= max) {
                factory.setValue(typed);
            }
        }));
        factory.valueProperty().addListener((o, was, n) -> sync(syncing, () -> {
            value.set(n);
            editor.setText(n == null ? "" : n.toString());
        }));
        javafx.beans.value.ChangeListener<Integer> fromModel = (o, was, n) -> sync(syncing, () -> {
            editor.setText(n == null ? "" : n.toString());
            if (n != null && n >= min && n <= max) {
                factory.setValue(n);
            }
        });
        value.addListener(fromModel);
        return () -> value.removeListener(fromModel);
    }

    private static void sync(boolean[] syncing, Runnable update) {
        if (syncing[0]) {
            return;
        }
        syncing[0] = true;
        try {
            update.run();
        } finally {
            syncing[0] = false;
        }
    }

    private static Integer parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
