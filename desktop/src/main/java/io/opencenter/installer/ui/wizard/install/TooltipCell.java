package io.opencenter.installer.ui.wizard.install;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A text cell whose whole text is also its tooltip: a long reason cut off by the column stays readable. */
final class TooltipCell<T> extends TableCell<T, String> {
    private final Tooltip tooltip = new Tooltip();

    TooltipCell() {
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        boolean blank = empty || text == null || text.isBlank();
        setText(empty ? null : text);
        tooltip.setText(blank ? "" : text);
        setTooltip(blank ? null : tooltip);
    }
}
