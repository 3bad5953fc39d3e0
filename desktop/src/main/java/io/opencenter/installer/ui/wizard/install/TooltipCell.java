package io.opencenter.installer.ui.wizard.install;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A text cell whose whole text is also its tooltip: a long reason cut off by the column stays readable. Or, given a
 * function, a tooltip that says more than the cell (a service's namespace when that column is hidden).
 */
final class TooltipCell<T> extends TableCell<T, String> {
    private final Tooltip tooltip = new Tooltip();
    private final Function<T, String> tip;

    TooltipCell() {
        this(null);
    }

    /** @param tip the tooltip of the row's item; null: the cell's text */
    TooltipCell(Function<T, String> tip) {
        this.tip = tip;
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        T item = empty || getTableRow() == null ? null : getTableRow().getItem();
        String shown = tip == null || item == null ? text : tip.apply(item);
        boolean blank = empty || shown == null || shown.isBlank();
        setText(empty ? null : text);
        tooltip.setText(blank ? "" : shown);
        setTooltip(blank ? null : tooltip);
    }
}
