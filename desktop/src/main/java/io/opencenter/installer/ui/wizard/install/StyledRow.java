package io.opencenter.installer.ui.wizard.install;

import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableRow;

/**
 * A table row styled by its item's state: one style class per state value ({@code classes} in ordinal order), kept
 * current while the state changes, and the listener moved along when the row shows another item.
 */
final class StyledRow<T, S extends Enum<S>> extends TableRow<T> {
    private final Function<T, ObservableValue<S>> state;
    private final List<String> classes;
    private final ChangeListener<S> restyle = (o, was, now) -> style(now);

    StyledRow(Function<T, ObservableValue<S>> state, List<String> classes) {
        this.state = state;
        this.classes = classes;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        T old = getItem();
        if (old != null) {
            state.apply(old).removeListener(restyle);
        }
        super.updateItem(item, empty);
        if (empty || item == null) {
            style(null);
        } else {
            ObservableValue<S> now = state.apply(item);
            now.addListener(restyle);
            style(now.getValue());
        }
    }

    private void style(S value) {
        getStyleClass().removeAll(classes);
        if (value != null) {
            getStyleClass().add(classes.get(value.ordinal()));
        }
    }
}
