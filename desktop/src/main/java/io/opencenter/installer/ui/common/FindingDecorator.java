package io.opencenter.installer.ui.common;

import atlantafx.base.theme.Styles;
import io.opencenter.installer.spec.Finding;
import java.util.Collection;
import java.util.List;
import javafx.geometry.Pos;
import java.util.ResourceBundle;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Spinner;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.GraphicDecoration;
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
            new InsideRightGraphic(), new StyleClassValidationDecoration("field-invalid", "field-warned"));
    private final ResourceBundle bundle;

    public FindingDecorator(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public void decorate(Control control, List<Finding> findings) {
        decoration.removeDecorations(control);
        boolean anyError = findings.stream().anyMatch(Finding::isError);
        // AtlantaFX's own states give the red/yellow border its themes define for inputs
        control.pseudoClassStateChanged(Styles.STATE_DANGER, anyError);
        control.pseudoClassStateChanged(Styles.STATE_WARNING, !anyError && !findings.isEmpty());
        if (findings.isEmpty()) {
            return;
        }
        String text = FindingText.atField(findings, bundle);
        decoration.applyValidationDecoration(anyError ? ValidationMessage.error(control, text)
                : ValidationMessage.warning(control, text));
    }

    /** The stock icon sits on the field's bottom-left corner, over the problem text below; inside the right end it
     * covers nothing (inputs keep their text left-aligned). */
    private static final class InsideRightGraphic extends GraphicValidationDecoration {
        @Override
        protected Collection<Decoration> createValidationDecorations(ValidationMessage message) {
            // spinners and combo boxes have their arrows at the right end: keep clear of them
            Control target = message.getTarget();
            double inset = target instanceof Spinner<?> || target instanceof ComboBoxBase<?> ? -40 : -14;
            return List.of(new GraphicDecoration(createDecorationNode(message), Pos.CENTER_RIGHT, inset, 0));
        }
    }
}
