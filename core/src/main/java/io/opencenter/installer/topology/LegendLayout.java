package io.opencenter.installer.topology;

import static io.opencenter.installer.topology.LayoutMetrics.LEGEND_COLUMN_GAP;
import static io.opencenter.installer.topology.LayoutMetrics.LEGEND_FONT;
import static io.opencenter.installer.topology.LayoutMetrics.LEGEND_ROW_HEIGHT;
import static io.opencenter.installer.topology.LayoutMetrics.LEGEND_SWATCH_WIDTH;
import static io.opencenter.installer.topology.LayoutMetrics.LEGEND_TITLE_FONT;

import java.util.ArrayList;
import java.util.List;

/** The legend of data flows: a title and entries in as many columns as fit the width, filled top to bottom. */
final class LegendLayout {

    static final String TITLE = "Data flows";

    record Result(TextLabel title, List<FlowLegend> entries, Rect bounds) {}

    private LegendLayout() {}

    static Result place(List<TopologyGraph.Flow> flows, double left, double top, double availableWidth) {
        TextLabel title = new TextLabel(TITLE, left, top + LEGEND_TITLE_FONT * TextMetrics.ASCENT,
                TextLabel.Anchor.START, LEGEND_TITLE_FONT, true);
        double entriesTop = top + LEGEND_TITLE_FONT * TextMetrics.LINE_HEIGHT + 8;
        double textWidth = flows.stream()
                .mapToDouble(f -> TextMetrics.width(text(f), LEGEND_FONT, false))
                .max().orElse(0);
        double columnWidth = Math.ceil(LEGEND_SWATCH_WIDTH + 8 + textWidth + LEGEND_COLUMN_GAP);
        int columns = Math.max(1, Math.min(flows.size(), (int) (availableWidth / columnWidth)));
        int rows = Math.max(1, (flows.size() + columns - 1) / columns);
        List<FlowLegend> entries = new ArrayList<>();
        for (int i = 0; i < flows.size(); i++) {
            TopologyGraph.Flow f = flows.get(i);
            double x = left + (i / rows) * columnWidth;
            double rowTop = entriesTop + (i % rows) * LEGEND_ROW_HEIGHT;
            Rect swatch = new Rect(x, rowTop + LEGEND_ROW_HEIGHT / 2 - 5, LEGEND_SWATCH_WIDTH, 10);
            TextLabel label = new TextLabel(text(f), x + LEGEND_SWATCH_WIDTH + 8,
                    rowTop + LEGEND_ROW_HEIGHT / 2 + LEGEND_FONT * 0.35, TextLabel.Anchor.START, LEGEND_FONT, false);
            entries.add(new FlowLegend(f.id(), f.number(), f.name(), f.description(), f.colorIndex(),
                    f.steps().size(), swatch, label));
        }
        double width = Math.max(title.bounds().width(), Math.min(flows.size(), columns) * columnWidth
                - LEGEND_COLUMN_GAP);
        double bottom = flows.isEmpty() ? title.bounds().bottom() : entriesTop + rows * LEGEND_ROW_HEIGHT;
        return new Result(title, entries, new Rect(left, top, width, bottom - top));
    }

    private static String text(TopologyGraph.Flow f) {
        String name = f.name() == null || f.name().isBlank() ? f.id() : f.name();
        return f.number() + "  " + name;
    }
}
