package io.opencenter.installer.ui.wizard;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;

/** What the frame needs from a page controller. */
public interface WizardPage {
    /** True when the user may go on; the frame binds Next's {@code disable} to its negation. */
    BooleanBinding valid();

    /** Called each time the page becomes the current one (e.g. to refresh from the shared model). */
    default void onShown() {}

    /** The control that gets the keyboard focus when the page is shown, or null for the frame's default. */
    default Node initialFocus() {
        return null;
    }
}
