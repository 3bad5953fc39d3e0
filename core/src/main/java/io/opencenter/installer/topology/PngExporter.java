package io.opencenter.installer.topology;

import io.opencenter.installer.workspace.Folders;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Paints a {@link TopologyDiagram} into a PNG with java.awt (works with {@code java.awt.headless=true}); same
 * colors, shapes and drawing order as {@link SvgExporter}.
 */
public final class PngExporter {

    /** Paints at {@code scale} (1 = one diagram unit per pixel); the image is ceil(width × scale) wide. */
    public void write(TopologyDiagram diagram, Path file, double scale) throws IOException {
        BufferedImage image = render(diagram, scale);
        Folders.createParentOf(file);
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available in this Java runtime");
        }
    }

    public BufferedImage render(TopologyDiagram d, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, got " + scale);
        }
        int width = (int) Math.ceil(d.width() * scale);
        int height = (int) Math.ceil(d.height() * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(scale, scale);
            paint(g, d);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void paint(Graphics2D g, TopologyDiagram d) {
        g.setColor(color(DiagramPalette.BACKGROUND));
        g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, d.width(), d.height()));
        text(g, d.header().title(), DiagramPalette.TEXT);
        if (d.header().facts() != null) {
            text(g, d.header().facts(), DiagramPalette.MUTED_TEXT);
        }
        for (NamespaceBox ns : d.namespaces()) {
            box(g, ns.bounds(), DiagramPalette.NAMESPACE_CORNER_RADIUS, DiagramPalette.NAMESPACE_FILL,
                    DiagramPalette.NAMESPACE_STROKE, DiagramPalette.NAMESPACE_STROKE_WIDTH);
            text(g, ns.label(), DiagramPalette.TEXT);
            for (ServiceNode s : ns.services()) {
                box(g, s.bounds(), DiagramPalette.SERVICE_CORNER_RADIUS, DiagramPalette.SERVICE_FILL,
                        DiagramPalette.SERVICE_STROKE, DiagramPalette.NODE_STROKE_WIDTH);
                text(g, s.label(), DiagramPalette.TEXT);
            }
        }
        for (ActorNode a : d.actors()) {
            box(g, a.bounds(), Math.min(DiagramPalette.ACTOR_CORNER_RADIUS, a.bounds().height() / 2),
                    DiagramPalette.ACTOR_FILL, DiagramPalette.ACTOR_STROKE, DiagramPalette.NODE_STROKE_WIDTH);
            text(g, a.label(), DiagramPalette.TEXT);
        }
        for (FlowEdge e : d.edges()) {
            edge(g, e);
        }
        for (FlowEdge e : d.edges()) {
            Rect b = e.labelBox();
            Color bg = color(DiagramPalette.LABEL_BACKGROUND);
            g.setColor(new Color(bg.getRed(), bg.getGreen(), bg.getBlue(),
                    (int) Math.round(255 * DiagramPalette.LABEL_BACKGROUND_OPACITY)));
            g.fill(new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 6, 6));
            text(g, e.label(), DiagramPalette.flowColor(e.colorIndex()));
        }
        text(g, d.legendTitle(), DiagramPalette.TEXT);
        for (FlowLegend f : d.flows()) {
            Rect s = f.swatch();
            g.setColor(color(DiagramPalette.flowColor(f.colorIndex())));
            g.setStroke(new BasicStroke(3f));
            g.draw(new Line2D.Double(s.x(), s.centerY(), s.right(), s.centerY()));
            text(g, f.label(), DiagramPalette.TEXT);
        }
    }

    private static void box(Graphics2D g, Rect r, double radius, String fill, String stroke, double strokeWidth) {
        RoundRectangle2D shape = new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * radius,
                2 * radius);
        g.setColor(color(fill));
        g.fill(shape);
        g.setColor(color(stroke));
        g.setStroke(new BasicStroke((float) strokeWidth));
        g.draw(shape);
    }

    private static void edge(Graphics2D g, FlowEdge e) {
        Color c = color(DiagramPalette.flowColor(e.colorIndex()));
        g.setColor(c);
        g.setStroke(new BasicStroke((float) DiagramPalette.EDGE_STROKE_WIDTH, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND));
        g.draw(path(e.points(), false));
        g.fill(path(e.arrowHead(), true));
    }

    private static Path2D path(List<Point> points, boolean closed) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            p.lineTo(points.get(i).x(), points.get(i).y());
        }
        if (closed) {
            p.closePath();
        }
        return p;
    }

    private static void text(Graphics2D g, TextLabel t, String color) {
        Font font = new Font(Font.SANS_SERIF, t.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) t.fontSize());
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        double width = metrics.getStringBounds(t.text(), g).getWidth();
        double x = switch (t.anchor()) {
            case START -> t.x();
            case MIDDLE -> t.x() - width / 2;
            case END -> t.x() - width;
        };
        g.setColor(color(color));
        g.drawString(t.text(), (float) x, (float) t.y());
    }

    private static Color color(String hex) {
        return Color.decode(hex);
    }
}
