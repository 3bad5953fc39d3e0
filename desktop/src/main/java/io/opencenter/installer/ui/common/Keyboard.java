package io.opencenter.installer.ui.common;

import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Keyboard affordances JavaFX does not give by default. */
public final class Keyboard {
    private Keyboard() {}

    /**
     * Enter fires a focused toggle (radio button, check box) like Space does; JavaFX only binds Space, and people
     * who navigate by keyboard expect both.
     */
    public static void fireOnEnter(ButtonBase... toggles) {
        for (ButtonBase toggle : toggles) {
            toggle.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && !e.isAltDown() && !e.isControlDown() && !toggle.isDisabled()) {
                    toggle.fire();
                    e.consume();
                }
            });
        }
    }
}
