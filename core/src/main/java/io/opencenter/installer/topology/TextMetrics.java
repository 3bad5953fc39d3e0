package io.opencenter.installer.topology;

/**
 * A font-free estimate of how wide a line of sans-serif text is. The layout only needs boxes that are big enough;
 * the per-character factors are a little generous for common sans fonts (DejaVu Sans, Arial, Segoe UI) so that
 * real text fits inside the boxes computed from them.
 */
public final class TextMetrics {

    /** Line height as a multiple of the font size. */
    public static final double LINE_HEIGHT = 1.25;
    /** Distance from the top of the line box to the baseline, as a multiple of the font size. */
    public static final double ASCENT = 0.95;

    private static final double BOLD_FACTOR = 1.1;

    private TextMetrics() {}

    public static double width(String text, double fontSize, boolean bold) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += charWidth(text.charAt(i));
        }
        return em * fontSize * (bold ? BOLD_FACTOR : 1.0);
    }

    /** Width in ems of one character. */
    private static double charWidth(char c) {
        if ("iljtf.,:;'!|I ()[]".indexOf(c) >= 0) {
            return 0.36;
        }
        if ("mwMW@".indexOf(c) >= 0) {
            return 0.95;
        }
        if (Character.isUpperCase(c) || Character.isDigit(c) && c != '1') {
            return 0.70;
        }
        if (c == '→' || c == '—') {
            return 0.85;
        }
        return 0.62;
    }
}
