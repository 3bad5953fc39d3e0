package io.opencenter.installer.topology;

import java.util.List;

/**
 * Colors ({@code #rrggbb}) and stroke sizes shared by every renderer, so SVG, PNG and the JavaFX view look alike.
 * Flow colors are picked to stay apart from each other on a white background.
 */
public final class DiagramPalette {

    public static final String BACKGROUND = "#ffffff";
    public static final String TEXT = "#1d2733";
    public static final String MUTED_TEXT = "#55606e";

    public static final String NAMESPACE_FILL = "#eef3fa";
    public static final String NAMESPACE_STROKE = "#8da2c0";
    public static final String SERVICE_FILL = "#ffffff";
    public static final String SERVICE_STROKE = "#3f6aa6";
    public static final String ACTOR_FILL = "#fff4dc";
    public static final String ACTOR_STROKE = "#b7791f";
    public static final String LABEL_BACKGROUND = "#ffffff";
    /** Opacity of the box behind edge labels: lines stay faintly visible through it. */
    public static final double LABEL_BACKGROUND_OPACITY = 0.85;

    public static final double NAMESPACE_STROKE_WIDTH = 1.2;
    public static final double NODE_STROKE_WIDTH = 1.4;
    public static final double EDGE_STROKE_WIDTH = 1.6;
    public static final double NAMESPACE_CORNER_RADIUS = 10;
    public static final double SERVICE_CORNER_RADIUS = 6;
    /** Actors are drawn as pills (fully rounded ends) to set them apart from services. */
    public static final double ACTOR_CORNER_RADIUS = 18;
    /** Arrowhead length along the edge and width across it. */
    public static final double ARROW_LENGTH = 9;
    public static final double ARROW_WIDTH = 7;

    private static final List<String> FLOW_COLORS = List.of(
            "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
            "#e377c2", "#17a2b8", "#9a9a0b", "#393b79", "#637939", "#843c39");

    private DiagramPalette() {}

    /** Color of a flow; indexes beyond the palette wrap around. */
    public static String flowColor(int colorIndex) {
        return FLOW_COLORS.get(Math.floorMod(colorIndex, FLOW_COLORS.size()));
    }

    public static int flowColorCount() {
        return FLOW_COLORS.size();
    }
}
