package io.opencenter.installer.ui.controls;

import io.opencenter.installer.topology.TopologyDiagram;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;

/**
 * The topology diagram on screen: zoom (Ctrl+wheel, +/-, 0 for fit) and pan (drag, scroll bars, arrow keys).
 * The shapes come from {@link DiagramNodes}; zoom scales them, and the wrapping group makes the scroll pane see
 * the scaled size, so scroll bars always match what is shown.
 */
public final class DiagramView extends ScrollPane {
    public static final double MIN_ZOOM = 0.25;
    public static final double MAX_ZOOM = 4.0;
    private static final double STEP = 1.2;

    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Group scaled = new Group();
    private TopologyDiagram diagram;

    public DiagramView() {
        getStyleClass().add("diagram-view");
        setPannable(true);
        setFocusTraversable(true);
        scaled.getTransforms().add(scale);
        // the holder is at least as big as the viewport, so a zoomed-out diagram sits centered, not in a corner
        StackPane holder = new StackPane(new Group(scaled));
        holder.minWidthProperty().bind(Bindings.createDoubleBinding(() -> getViewportBounds().getWidth(),
                viewportBoundsProperty()));
        holder.minHeightProperty().bind(Bindings.createDoubleBinding(() -> getViewportBounds().getHeight(),
                viewportBoundsProperty()));
        setContent(holder);
        // a small preferred size: the page decides how much room the diagram gets, not the diagram's size
        setPrefViewportWidth(400);
        setPrefViewportHeight(300);
        zoom.addListener((o, was, now) -> {
            double z = clamp(now.doubleValue());
            if (z != now.doubleValue()) {
                zoom.set(z);
                return;
            }
            scale.setX(z);
            scale.setY(z);
        });
        addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                zoom.set(zoom.get() * (e.getDeltaY() > 0 ? STEP : 1 / STEP));
                e.consume();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (handleZoomKey(e)) {
                e.consume();
            }
        });
    }

    public void setDiagram(TopologyDiagram diagram) {
        this.diagram = diagram;
        scaled.getChildren().setAll(diagram == null ? new Group() : DiagramNodes.build(diagram));
    }

    public TopologyDiagram getDiagram() {
        return diagram;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public void zoomIn() {
        zoom.set(zoom.get() * STEP);
    }

    public void zoomOut() {
        zoom.set(zoom.get() / STEP);
    }

    /**
     * The first view of a diagram: as wide as the visible area, but never below {@code minReadable} (text stays
     * legible; the rest is a pan away) nor above 100%. Scrolled to the top-left, where the title is.
     */
    public void zoomToWidth(double minReadable) {
        Bounds viewport = getViewportBounds();
        if (diagram == null || viewport.getWidth() <= 0) {
            return;
        }
        zoom.set(Math.max(minReadable, Math.min(1.0, viewport.getWidth() / diagram.width())));
        setHvalue(getHmin());
        setVvalue(getVmin());
    }

    /** The whole diagram in the visible area (never enlarged beyond 100%). */
    public void zoomToFit() {
        Bounds viewport = getViewportBounds();
        if (diagram == null || viewport.getWidth() <= 0 || viewport.getHeight() <= 0) {
            return;
        }
        zoom.set(Math.min(1.0, Math.min(viewport.getWidth() / diagram.width(), viewport.getHeight() / diagram.height())));
    }

    /** +, - and 0 (fit); returns whether the key was one of them. Pages call this for keys typed elsewhere. */
    public boolean handleZoomKey(KeyEvent e) {
        if (e.isAltDown() || e.isShortcutDown()) {
            return false;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) {
            zoomIn();
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            zoomOut();
        } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            zoomToFit();
        } else {
            return false;
        }
        return true;
    }

    private static double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }
}
