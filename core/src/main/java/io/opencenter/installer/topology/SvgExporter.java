package io.opencenter.installer.topology;

import io.opencenter.installer.workspace.Folders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Writes a {@link TopologyDiagram} as a standalone SVG 1.1 document. Element ids: {@code ns-<namespace>} groups
 * (holding their {@code svc-<service>} groups), {@code actor-<id>}, {@code edge-<flow>-<step>},
 * {@code label-<flow>-<step>}, {@code legend}; arrowheads are one marker per flow color ({@code arrow-<i>}).
 */
public final class SvgExporter {

    private static final String FONT_FAMILY = "DejaVu Sans, Segoe UI, Helvetica, Arial, sans-serif";

    public String toSvg(TopologyDiagram d) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(d.width()))
                .append("\" height=\"").append(num(d.height())).append("\" viewBox=\"0 0 ").append(num(d.width()))
                .append(' ').append(num(d.height())).append("\" font-family=\"").append(attr(FONT_FAMILY))
                .append("\">\n");
        out.append("  <title>").append(text(d.header().title().text())).append("</title>\n");
        markers(out, d);
        out.append("  <rect x=\"0\" y=\"0\" width=\"").append(num(d.width())).append("\" height=\"")
                .append(num(d.height())).append("\" fill=\"").append(DiagramPalette.BACKGROUND).append("\"/>\n");
        header(out, d.header());
        out.append("  <g id=\"namespaces\">\n");
        d.namespaces().forEach(ns -> namespace(out, ns));
        out.append("  </g>\n  <g id=\"actors\">\n");
        d.actors().forEach(a -> actor(out, a));
        out.append("  </g>\n  <g id=\"edges\" fill=\"none\">\n");
        d.edges().forEach(e -> edge(out, e));
        out.append("  </g>\n  <g id=\"edge-labels\">\n");
        d.edges().forEach(e -> edgeLabel(out, e));
        out.append("  </g>\n");
        legend(out, d);
        out.append("</svg>\n");
        return out.toString();
    }

    public void write(TopologyDiagram diagram, Path file) throws IOException {
        Folders.createParentOf(file);
        Files.writeString(file, toSvg(diagram), StandardCharsets.UTF_8);
    }

    private static void markers(StringBuilder out, TopologyDiagram d) {
        TreeSet<Integer> colors = new TreeSet<>();
        d.edges().forEach(e -> colors.add(Math.floorMod(e.colorIndex(), DiagramPalette.flowColorCount())));
        out.append("  <defs>\n");
        for (int c : colors) {
            // userSpaceOnUse keeps arrowheads the same size whatever the stroke width
            out.append("    <marker id=\"arrow-").append(c).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                    .append(" markerUnits=\"userSpaceOnUse\" markerWidth=\"").append(num(DiagramPalette.ARROW_LENGTH))
                    .append("\" markerHeight=\"").append(num(DiagramPalette.ARROW_WIDTH))
                    .append("\" orient=\"auto\" preserveAspectRatio=\"none\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
                    .append(DiagramPalette.flowColor(c)).append("\"/></marker>\n");
        }
        out.append("  </defs>\n");
    }

    private static void header(StringBuilder out, DiagramHeader h) {
        out.append("  <g id=\"header\">\n    ");
        label(out, h.title(), DiagramPalette.TEXT);
        if (h.facts() != null) {
            out.append("    ");
            label(out, h.facts(), DiagramPalette.MUTED_TEXT);
        }
        out.append("  </g>\n");
    }

    private static void namespace(StringBuilder out, NamespaceBox ns) {
        out.append("    <g id=\"ns-").append(id(ns.id())).append("\">\n      ");
        rect(out, ns.bounds(), DiagramPalette.NAMESPACE_CORNER_RADIUS, DiagramPalette.NAMESPACE_FILL,
                DiagramPalette.NAMESPACE_STROKE, DiagramPalette.NAMESPACE_STROKE_WIDTH);
        out.append("      ");
        label(out, ns.label(), DiagramPalette.TEXT);
        for (ServiceNode s : ns.services()) {
            out.append("      <g id=\"svc-").append(id(s.id())).append("\">\n        ");
            rect(out, s.bounds(), DiagramPalette.SERVICE_CORNER_RADIUS, DiagramPalette.SERVICE_FILL,
                    DiagramPalette.SERVICE_STROKE, DiagramPalette.NODE_STROKE_WIDTH);
            out.append("        ");
            label(out, s.label(), DiagramPalette.TEXT);
            out.append("      </g>\n");
        }
        out.append("    </g>\n");
    }

    private static void actor(StringBuilder out, ActorNode a) {
        out.append("    <g id=\"actor-").append(id(a.id())).append("\">\n      ");
        rect(out, a.bounds(), Math.min(DiagramPalette.ACTOR_CORNER_RADIUS, a.bounds().height() / 2),
                DiagramPalette.ACTOR_FILL, DiagramPalette.ACTOR_STROKE, DiagramPalette.NODE_STROKE_WIDTH);
        out.append("      ");
        label(out, a.label(), DiagramPalette.TEXT);
        out.append("    </g>\n");
    }

    private static void edge(StringBuilder out, FlowEdge e) {
        int color = Math.floorMod(e.colorIndex(), DiagramPalette.flowColorCount());
        out.append("    <g id=\"edge-").append(id(e.flowId())).append('-').append(e.step()).append("\">")
                .append("<title>").append(text(e.label().text())).append("</title>")
                .append("<polyline points=\"").append(points(e.points())).append("\" stroke=\"")
                .append(DiagramPalette.flowColor(color)).append("\" stroke-width=\"")
                .append(num(DiagramPalette.EDGE_STROKE_WIDTH))
                .append("\" stroke-linejoin=\"round\" marker-end=\"url(#arrow-").append(color).append(")\"/></g>\n");
    }

    private static void edgeLabel(StringBuilder out, FlowEdge e) {
        out.append("    <g id=\"label-").append(id(e.flowId())).append('-').append(e.step()).append("\">");
        Rect b = e.labelBox();
        out.append("<rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y())).append("\" width=\"")
                .append(num(b.width())).append("\" height=\"").append(num(b.height()))
                .append("\" rx=\"3\" fill=\"").append(DiagramPalette.LABEL_BACKGROUND).append("\" fill-opacity=\"")
                .append(num(DiagramPalette.LABEL_BACKGROUND_OPACITY)).append("\"/>");
        label(out, e.label(), DiagramPalette.flowColor(e.colorIndex()));
        out.append("    </g>\n");
    }

    private static void legend(StringBuilder out, TopologyDiagram d) {
        out.append("  <g id=\"legend\">\n    ");
        label(out, d.legendTitle(), DiagramPalette.TEXT);
        for (FlowLegend f : d.flows()) {
            Rect s = f.swatch();
            out.append("    <g id=\"legend-").append(id(f.flowId())).append("\"><title>")
                    .append(text(f.description() == null ? f.name() : f.description())).append("</title>")
                    .append("<line x1=\"").append(num(s.x())).append("\" y1=\"").append(num(s.centerY()))
                    .append("\" x2=\"").append(num(s.right())).append("\" y2=\"").append(num(s.centerY()))
                    .append("\" stroke=\"").append(DiagramPalette.flowColor(f.colorIndex()))
                    .append("\" stroke-width=\"3\"/>");
            label(out, f.label(), DiagramPalette.TEXT);
            out.append("    </g>\n");
        }
        out.append("  </g>\n");
    }

    private static void rect(StringBuilder out, Rect r, double radius, String fill, String stroke, double width) {
        out.append("<rect x=\"").append(num(r.x())).append("\" y=\"").append(num(r.y())).append("\" width=\"")
                .append(num(r.width())).append("\" height=\"").append(num(r.height())).append("\" rx=\"")
                .append(num(radius)).append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(num(width)).append("\"/>\n");
    }

    private static void label(StringBuilder out, TextLabel t, String color) {
        String anchor = switch (t.anchor()) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
        out.append("<text x=\"").append(num(t.x())).append("\" y=\"").append(num(t.y())).append("\" font-size=\"")
                .append(num(t.fontSize())).append("\" text-anchor=\"").append(anchor).append("\" fill=\"")
                .append(color).append('"');
        if (t.bold()) {
            out.append(" font-weight=\"bold\"");
        }
        out.append('>').append(text(t.text())).append("</text>\n");
    }

    private static String points(List<Point> points) {
        StringBuilder b = new StringBuilder();
        for (Point p : points) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(num(p.x())).append(',').append(num(p.y()));
        }
        return b.toString();
    }

    /** Ids come from the catalog; anything outside XML-name-safe characters becomes '_'. */
    static String id(String raw) {
        return raw.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Escapes character data; drops characters XML 1.0 cannot hold at all. */
    static String text(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                            || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    private static String attr(String raw) {
        return text(raw);
    }
}
