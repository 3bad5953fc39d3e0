package io.opencenter.installer.topology;

/** Sizes and spacings of the layered layout, in diagram pixels. Kept together so their relations stay visible. */
final class LayoutMetrics {

    static final double MARGIN = 32;

    static final double TITLE_FONT = 20;
    static final double FACTS_FONT = 12;
    static final double NAMESPACE_FONT = 13;
    static final double SERVICE_FONT = 12;
    static final double EDGE_FONT = 10;
    static final double LEGEND_TITLE_FONT = 13;
    static final double LEGEND_FONT = 12;

    static final double SERVICE_HEIGHT = 40;
    static final double SERVICE_MIN_WIDTH = 110;
    static final double SERVICE_TEXT_PADDING = 14;
    /** Space between service boxes: room for two routing lanes plus the per-flow lane offsets. */
    static final double SERVICE_GAP = 36;
    static final int MAX_SERVICE_COLUMNS = 4;

    static final double NAMESPACE_HEADER = 38;
    static final double NAMESPACE_PADDING = 22;
    static final double NAMESPACE_TITLE_BASELINE = 18;
    static final double NAMESPACE_TITLE_INSET = 12;
    static final double NAMESPACE_GAP = 56;
    static final double ROW_GAP = 64;
    static final double MAX_ROW_WIDTH = 1500;

    static final double ACTOR_HEIGHT = 40;
    static final double ACTOR_MIN_WIDTH = 110;
    static final double ACTOR_GAP = 28;
    static final double ACTOR_COLUMN_GAP = 90;

    /** Distance of a routing lane from the node it passes; must exceed the largest per-flow lane offset. */
    static final double ROUTE_CLEARANCE = 16;
    static final double MAX_LANE_OFFSET = 11;

    static final double HEADER_TO_CONTENT = 48;
    static final double CONTENT_TO_LEGEND = 40;
    static final double LEGEND_ROW_HEIGHT = 20;
    static final double LEGEND_SWATCH_WIDTH = 28;
    static final double LEGEND_COLUMN_GAP = 32;

    private LayoutMetrics() {}
}
