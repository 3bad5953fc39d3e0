package io.opencenter.installer.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs an action once a scene has really been put on screen, i.e. after its first pulse was rendered. */
public final class FirstFrame {
    private FirstFrame() {}

    /**
     * The first post-layout pulse of a shown window renders right after the listener returns; asking for one more
     * pulse and acting on it guarantees the first frame is done. The action runs outside the pulse.
     */
    public static void afterRendered(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            pulses[0]++;
            if (pulses[0] == 1) {
                Platform.requestNextPulse();
            } else if (pulses[0] == 2) {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(action);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
