package io.opencenter.installer.ui.controls;

import io.opencenter.installer.topology.ActorNode;
import io.opencenter.installer.topology.DiagramHeader;
import io.opencenter.installer.topology.DiagramPalette;
import io.opencenter.installer.topology.FlowEdge;
import io.opencenter.installer.topology.FlowLegend;
import io.opencenter.installer.topology.NamespaceBox;
import io.opencenter.installer.topology.Point;
import io.opencenter.installer.topology.Rect;
import io.opencenter.installer.topology.ServiceNode;
import io.opencenter.installer.topology.TextLabel;
import io.opencenter.installer.topology.TopologyDiagram;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * Turns a laid-out {@link TopologyDiagram} into JavaFX shapes, with the same coordinates, colors and element ids
 * as the SVG export ({@code ns-<namespace>}, {@code svc-<service>}, {@code actor-<id>}, {@code edge-<flow>-<step>},
 * {@code label-<flow>-<step>}, {@code legend}), so what the wizard shows is what gets exported.
 */
public final class DiagramNodes {
    private static final String FONT_FAMILY = "SansSerif";

    private DiagramNodes() {}

    public static Group build(TopologyDiagram d) {
        Group root = new Group();
        Rectangle paper = new Rectangle(0, 0, d.width(), d.height());
        paper.setFill(Color.web(DiagramPalette.BACKGROUND));
        paper.setId("diagram-background");
        root.getChildren().add(paper);
        root.getChildren().add(header(d.header()));
        d.namespaces().forEach(ns -> root.getChildren().add(namespace(ns)));
        d.actors().forEach(a -> root.getChildren().add(actor(a)));
        Group edges = new Group();
        edges.setId("edges");
        d.edges().forEach(e -> edges.getChildren().add(edge(e)));
        Group labels = new Group();
        labels.setId("edge-labels");
        d.edges().forEach(e -> labels.getChildren().add(edgeLabel(e)));
        root.getChildren().addAll(edges, labels, legend(d));
        return root;
    }

    private static Group header(DiagramHeader header) {
        Group g = new Group(text(header.title(), DiagramPalette.TEXT));
        if (header.facts() != null) {
            g.getChildren().add(text(header.facts(), DiagramPalette.MUTED_TEXT));
        }
        g.setId("header");
        return g;
    }

    private static Group namespace(NamespaceBox ns) {
        Rectangle box = box(ns.bounds(), DiagramPalette.NAMESPACE_FILL, DiagramPalette.NAMESPACE_STROKE,
                DiagramPalette.NAMESPACE_STROKE_WIDTH, DiagramPalette.NAMESPACE_CORNER_RADIUS);
        Group g = new Group(box, text(ns.label(), DiagramPalette.TEXT));
        ns.services().forEach(s -> g.getChildren().add(service(s)));
        g.setId("ns-" + ns.id());
        if (ns.purpose() != null && !ns.purpose().isBlank()) {
            Tooltip.install(box, new Tooltip(ns.id() + ": " + ns.purpose()));
        }
        return g;
    }

    private static Group service(ServiceNode s) {
        Rectangle box = box(s.bounds(), DiagramPalette.SERVICE_FILL, DiagramPalette.SERVICE_STROKE,
                DiagramPalette.NODE_STROKE_WIDTH, DiagramPalette.SERVICE_CORNER_RADIUS);
        if (!s.required()) {
            box.getStrokeDashArray().setAll(5.0, 3.0); // optional services: dashed, as in the exports' legend
        }
        Group g = new Group(box, text(s.label(), DiagramPalette.TEXT));
        g.setId("svc-" + s.id());
        return g;
    }

    private static Group actor(ActorNode a) {
        Rectangle box = box(a.bounds(), DiagramPalette.ACTOR_FILL, DiagramPalette.ACTOR_STROKE,
                DiagramPalette.NODE_STROKE_WIDTH, DiagramPalette.ACTOR_CORNER_RADIUS);
        Group g = new Group(box, text(a.label(), DiagramPalette.TEXT));
        g.setId("actor-" + a.id());
        return g;
    }

    private static Group edge(FlowEdge e) {
        Color color = Color.web(DiagramPalette.flowColor(e.colorIndex()));
        List<Point> points = e.points();
        Polyline line = new Polyline();
        for (Point p : points) {
            line.getPoints().addAll(p.x(), p.y());
        }
        line.setStroke(color);
        line.setStrokeWidth(DiagramPalette.EDGE_STROKE_WIDTH);
        line.setStrokeLineJoin(StrokeLineJoin.ROUND);
        line.setFill(null);
        Group g = new Group(line, arrowhead(points.get(points.size() - 2), points.get(points.size() - 1), color));
        g.setId("edge-" + e.flowId() + "-" + e.step());
        Tooltip.install(line, new Tooltip(e.label().text()));
        return g;
    }

    /** A filled triangle whose tip is {@code to}, pointing along {@code from → to}. */
    static Polygon arrowhead(Point from, Point to, Color color) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double len = Math.hypot(dx, dy);
        double ux = len == 0 ? 1 : dx / len;
        double uy = len == 0 ? 0 : dy / len;
        double baseX = to.x() - ux * DiagramPalette.ARROW_LENGTH;
        double baseY = to.y() - uy * DiagramPalette.ARROW_LENGTH;
        double half = DiagramPalette.ARROW_WIDTH / 2;
        Polygon head = new Polygon(to.x(), to.y(), baseX - uy * half, baseY + ux * half,
                baseX + uy * half, baseY - ux * half);
        head.setFill(color);
        return head;
    }

    private static Group edgeLabel(FlowEdge e) {
        Rectangle background = new Rectangle(e.labelBox().x(), e.labelBox().y(), e.labelBox().width(),
                e.labelBox().height());
        background.setFill(Color.web(DiagramPalette.LABEL_BACKGROUND, DiagramPalette.LABEL_BACKGROUND_OPACITY));
        background.setArcWidth(6);
        background.setArcHeight(6);
        Group g = new Group(background, text(e.label(), DiagramPalette.flowColor(e.colorIndex())));
        g.setId("label-" + e.flowId() + "-" + e.step());
        return g;
    }

    private static Group legend(TopologyDiagram d) {
        Group g = new Group();
        g.setId("legend");
        if (d.legendBounds() != null) {
            g.getChildren().add(box(d.legendBounds(), DiagramPalette.BACKGROUND, DiagramPalette.NAMESPACE_STROKE,
                    DiagramPalette.NAMESPACE_STROKE_WIDTH, DiagramPalette.SERVICE_CORNER_RADIUS));
        }
        if (d.legendTitle() != null) {
            g.getChildren().add(text(d.legendTitle(), DiagramPalette.TEXT));
        }
        for (FlowLegend f : d.flows()) {
            Rect s = f.swatch();
            Line swatch = new Line(s.x(), s.centerY(), s.right(), s.centerY());
            swatch.setStroke(Color.web(DiagramPalette.flowColor(f.colorIndex())));
            swatch.setStrokeWidth(DiagramPalette.EDGE_STROKE_WIDTH * 2);
            Text label = text(f.label(), DiagramPalette.TEXT);
            if (f.description() != null) {
                Tooltip.install(label, new Tooltip(f.description()));
            }
            g.getChildren().addAll(swatch, label);
        }
        return g;
    }

    private static Rectangle box(Rect r, String fill, String stroke, double strokeWidth, double radius) {
        Rectangle box = new Rectangle(r.x(), r.y(), r.width(), r.height());
        box.setFill(Color.web(fill));
        box.setStroke(Color.web(stroke));
        box.setStrokeWidth(strokeWidth);
        box.setArcWidth(radius * 2);
        box.setArcHeight(radius * 2);
        return box;
    }

    /** Places text like SVG: (x, y) is on the baseline, the anchor says where along the text it is. */
    static Text text(TextLabel label, String color) {
        Text t = new Text(label.text());
        t.setFont(Font.font(FONT_FAMILY, label.bold() ? FontWeight.BOLD : FontWeight.NORMAL, label.fontSize()));
        t.setFill(Color.web(color));
        t.setBoundsType(TextBoundsType.LOGICAL);
        t.setTextOrigin(javafx.geometry.VPos.BASELINE);
        double width = t.getLayoutBounds().getWidth();
        double x = switch (label.anchor()) {
            case START -> label.x();
            case MIDDLE -> label.x() - width / 2;
            case END -> label.x() - width;
        };
        t.setX(x);
        t.setY(label.y());
        return t;
    }

    /** The drawn node with this id ({@code ns-velero}, {@code svc-velero}, …) or null. */
    public static Node find(Group diagram, String id) {
        return diagram.lookup("#" + id);
    }
}
