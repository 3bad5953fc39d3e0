package io.opencenter.installer.topology;

import java.util.List;

/**
 * One step of a data-flow path, drawn as an arrow from {@code from} to {@code to}.
 *
 * @param flowId     the catalog's data-flow id
 * @param flowNumber the number shown in labels and the legend (1-based position of the flow in the catalog)
 * @param step       1-based position of the step within its flow (as in the catalog, also when steps were dropped)
 * @param from       id of a {@link ServiceNode} or {@link ActorNode} of the same diagram
 * @param to         id of a {@link ServiceNode} or {@link ActorNode} of the same diagram (may equal {@code from})
 * @param stepLabel  the catalog's text for the step, e.g. "decrypts with age key"
 * @param colorIndex index into {@link DiagramPalette#flowColor(int)}; the same for every step of a flow
 * @param points     the polyline, at least two points, from the border of {@code from} to the border of
 *                   {@code to}; the arrowhead goes at the last point, pointing along the last segment
 * @param label      "{@code <flowNumber>.<step> <stepLabel>}", centered on a segment of the polyline
 * @param labelBox   background box behind the label (drawn semi-opaque so the text stays readable over lines)
 */
public record FlowEdge(String flowId, int flowNumber, int step, String from, String to, String stepLabel,
                       int colorIndex, List<Point> points, TextLabel label, Rect labelBox) {
    public FlowEdge {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("an edge needs at least two points");
        }
    }

    /**
     * The arrowhead as a filled triangle: tip (the last point), then the two base corners. Renderers without
     * markers (PNG, JavaFX) draw this; the SVG export uses an equivalent marker.
     */
    public List<Point> arrowHead() {
        Point tip = points.get(points.size() - 1);
        Point before = points.get(points.size() - 2);
        double dx = tip.x() - before.x();
        double dy = tip.y() - before.y();
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return List.of(tip, tip, tip);
        }
        double ux = dx / length;
        double uy = dy / length;
        double baseX = tip.x() - ux * DiagramPalette.ARROW_LENGTH;
        double baseY = tip.y() - uy * DiagramPalette.ARROW_LENGTH;
        double half = DiagramPalette.ARROW_WIDTH / 2;
        return List.of(tip, new Point(baseX - uy * half, baseY + ux * half), new Point(baseX + uy * half, baseY - ux * half));
    }
}
