package io.opencenter.installer.topology;

/**
 * A piece of text placed on the diagram.
 *
 * <p>{@code (x, y)} is the anchor point on the text's <em>baseline</em>; {@code anchor} says whether the text starts
 * there, is centered on it or ends there (like SVG's {@code text-anchor}; in JavaFX use
 * {@code textOrigin = BASELINE} and shift by the measured width for MIDDLE/END). {@code fontSize} is in pixels at
 * scale 1; the font family is a sans-serif of the renderer's choice. {@link #bounds()} is the estimate the layout
 * used to keep text from overlapping.
 */
public record TextLabel(String text, double x, double y, Anchor anchor, double fontSize, boolean bold) {

    public enum Anchor { START, MIDDLE, END }

    /** Estimated box of the text, from {@link TextMetrics}: baseline at 80% of the height. */
    public Rect bounds() {
        double width = TextMetrics.width(text, fontSize, bold);
        double left = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
        double ascent = fontSize * TextMetrics.ASCENT;
        return new Rect(left, y - ascent, width, fontSize * TextMetrics.LINE_HEIGHT);
    }
}
