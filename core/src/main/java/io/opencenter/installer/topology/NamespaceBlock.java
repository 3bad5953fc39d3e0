package io.opencenter.installer.topology;

import static io.opencenter.installer.topology.LayoutMetrics.MAX_SERVICE_COLUMNS;
import static io.opencenter.installer.topology.LayoutMetrics.NAMESPACE_FONT;
import static io.opencenter.installer.topology.LayoutMetrics.NAMESPACE_HEADER;
import static io.opencenter.installer.topology.LayoutMetrics.NAMESPACE_PADDING;
import static io.opencenter.installer.topology.LayoutMetrics.NAMESPACE_TITLE_BASELINE;
import static io.opencenter.installer.topology.LayoutMetrics.NAMESPACE_TITLE_INSET;
import static io.opencenter.installer.topology.LayoutMetrics.SERVICE_FONT;
import static io.opencenter.installer.topology.LayoutMetrics.SERVICE_GAP;
import static io.opencenter.installer.topology.LayoutMetrics.SERVICE_HEIGHT;
import static io.opencenter.installer.topology.LayoutMetrics.SERVICE_MIN_WIDTH;
import static io.opencenter.installer.topology.LayoutMetrics.SERVICE_TEXT_PADDING;

import io.opencenter.installer.platform.ServiceDef;
import java.util.ArrayList;
import java.util.List;

/**
 * The inside of one namespace box: its services on a grid of equal cells (at most four columns, rows balanced),
 * and the box size that holds grid and title. Positions are relative until {@link #place} moves the box.
 */
final class NamespaceBlock {

    private final TopologyGraph.Group group;
    private final int columns;
    private final int rows;
    private final double cellWidth;
    private final double width;
    private final double height;

    NamespaceBlock(TopologyGraph.Group group) {
        this.group = group;
        int n = group.services().size();
        rows = (n + MAX_SERVICE_COLUMNS - 1) / MAX_SERVICE_COLUMNS;
        columns = (n + rows - 1) / rows;
        double widest = group.services().stream()
                .mapToDouble(s -> TextMetrics.width(name(s), SERVICE_FONT, false))
                .max().orElse(0);
        cellWidth = Math.ceil(Math.max(SERVICE_MIN_WIDTH, widest + 2 * SERVICE_TEXT_PADDING));
        double gridWidth = columns * cellWidth + (columns - 1) * SERVICE_GAP;
        double titleWidth = TextMetrics.width(group.id(), NAMESPACE_FONT, true) + 2 * NAMESPACE_TITLE_INSET;
        width = Math.ceil(Math.max(gridWidth + 2 * NAMESPACE_PADDING, titleWidth));
        height = NAMESPACE_HEADER + rows * SERVICE_HEIGHT + (rows - 1) * SERVICE_GAP + NAMESPACE_PADDING;
    }

    String id() {
        return group.id();
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** The finished box with its top-left corner at {@code (x, y)}. */
    NamespaceBox place(double x, double y, int layer) {
        double gridWidth = columns * cellWidth + (columns - 1) * SERVICE_GAP;
        double gridLeft = x + (width - gridWidth) / 2;
        List<ServiceNode> nodes = new ArrayList<>();
        List<ServiceDef> services = group.services();
        for (int i = 0; i < services.size(); i++) {
            ServiceDef s = services.get(i);
            int row = i / columns;
            int column = i % columns;
            Rect bounds = new Rect(gridLeft + column * (cellWidth + SERVICE_GAP),
                    y + NAMESPACE_HEADER + row * (SERVICE_HEIGHT + SERVICE_GAP), cellWidth, SERVICE_HEIGHT);
            nodes.add(new ServiceNode(s.id(), name(s), group.id(), s.required(), bounds,
                    centered(name(s), bounds, SERVICE_FONT, false)));
        }
        TextLabel title = new TextLabel(group.id(), x + NAMESPACE_TITLE_INSET, y + NAMESPACE_TITLE_BASELINE,
                TextLabel.Anchor.START, NAMESPACE_FONT, true);
        return new NamespaceBox(group.id(), group.namespace().purpose(), layer, new Rect(x, y, width, height), title,
                nodes);
    }

    private static String name(ServiceDef s) {
        return s.displayName() == null || s.displayName().isBlank() ? s.id() : s.displayName();
    }

    /** A label centered horizontally and vertically in {@code box}. */
    static TextLabel centered(String text, Rect box, double fontSize, boolean bold) {
        // the baseline sits below the box's middle by about a third of the font size for sans fonts
        double baseline = box.centerY() + fontSize * 0.35;
        return new TextLabel(text, box.centerX(), baseline, TextLabel.Anchor.MIDDLE, fontSize, bold);
    }
}
