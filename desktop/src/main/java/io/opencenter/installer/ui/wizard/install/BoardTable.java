package io.opencenter.installer.ui.wizard.install;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/**
 * What the node and service tables of the Install page set up alike: the "N of M ready" line shown (and taking room)
 * only once its phase started, the board's rows, columns sharing the width, one fixed row height and a wrapping
 * placeholder.
 */
final class BoardTable {
    private BoardTable() {}

    static <T> void bind(TableView<T> table, Label count, ObservableList<T> rows, ObservableStringValue readyText,
                         ObservableBooleanValue active, String placeholder) {
        count.textProperty().bind(readyText);
        count.visibleProperty().bind(active);
        count.managedProperty().bind(count.visibleProperty());
        table.setItems(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(30);
        Label none = new Label(placeholder);
        none.setWrapText(true);
        table.setPlaceholder(none);
    }
}
