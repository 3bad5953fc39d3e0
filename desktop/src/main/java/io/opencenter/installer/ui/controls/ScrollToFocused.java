package io.opencenter.installer.ui.controls;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused control of a scrolling form in view. JavaFX's ScrollPane does not follow the focus, so
 * without this, tabbing through a long page moves the focus to fields nobody can see.
 */
public final class ScrollToFocused {
    private static final double MARGIN = 24;

    private ScrollToFocused() {}

    public static void install(ScrollPane scroll) {
        scroll.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((p, old, focused) -> reveal(scroll, focused));
            }
        });
        Scene scene = scroll.getScene();
        if (scene != null) {
            scene.focusOwnerProperty().addListener((p, old, focused) -> reveal(scroll, focused));
        }
    }

    static void reveal(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        if (focused == null || content == null || !isInside(focused, content)) {
            return;
        }
        Bounds inContent = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = (scroll.getVvalue() - scroll.getVmin()) / (scroll.getVmax() - scroll.getVmin())
                * (contentHeight - viewport);
        double newTop = top;
        if (inContent.getMinY() - MARGIN < top) {
            newTop = inContent.getMinY() - MARGIN;
        } else if (inContent.getMaxY() + MARGIN > top + viewport) {
            newTop = inContent.getMaxY() + MARGIN - viewport;
        }
        if (newTop != top) {
            double clamped = Math.max(0, Math.min(contentHeight - viewport, newTop));
            scroll.setVvalue(scroll.getVmin() + clamped / (contentHeight - viewport)
                    * (scroll.getVmax() - scroll.getVmin()));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
