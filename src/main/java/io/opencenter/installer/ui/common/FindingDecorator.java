package io.opencenter.installer.ui.common;

import io.opencenter.installer.spec.Finding;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * Marks a control with the validator's findings using ControlsFX decorations: an error/warning icon whose tooltip
 * holds message and hint, and the {@code error}/{@code warning} style class on the control. The findings come
 * from the spec validator run over the whole config (a change in one field can break another, e.g. overlapping
 * CIDRs), so this decorates from the outside instead of via per-control {@code ValidationSupport} validators.
 */
public final class FindingDecorator {
    private final ValidationDecoration decoration = new CompoundValidationDecoration(
            new GraphicValidationDecoration(), new StyleClassValidationDecoration("field-invalid", "field-warned"));
    private final ResourceBundle bundle;

    public FindingDecorator(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public void decorate(Control control, List<Finding> findings) {
        decoration.removeDecorations(control);
        if (findings.isEmpty()) {
            return;
        }
        boolean anyError = findings.stream().anyMatch(Finding::isError);
        String text = FindingText.atField(findings, bundle);
        decoration.applyValidationDecoration(anyError ? ValidationMessage.error(control, text)
                : ValidationMessage.warning(control, text));
    }
}
