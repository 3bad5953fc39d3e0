package io.opencenter.installer.topology;

/**
 * An axis-aligned rectangle in diagram coordinates: {@code (x, y)} is the top-left corner, y grows downwards.
 * Every box of the diagram (namespace, service, actor, label background) is one of these.
 */
public record Rect(double x, double y, double width, double height) {

    public Rect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size: " + width + " x " + height);
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public Point center() {
        return new Point(centerX(), centerY());
    }

    /** True when the interiors share area; rectangles that only touch along an edge do not overlap. */
    public boolean overlaps(Rect other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    /** True when {@code other} lies inside this rectangle (touching the border counts as inside). */
    public boolean contains(Rect other) {
        return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
    }

    /** True when the point lies inside or on the border. */
    public boolean contains(Point p) {
        return p.x() >= x && p.x() <= right() && p.y() >= y && p.y() <= bottom();
    }

    /** True when the point lies strictly inside (not on the border). */
    public boolean containsStrictly(Point p) {
        return p.x() > x && p.x() < right() && p.y() > y && p.y() < bottom();
    }

    /** True when the point lies on the border, within {@code tolerance}. */
    public boolean onBorder(Point p, double tolerance) {
        boolean withinX = p.x() >= x - tolerance && p.x() <= right() + tolerance;
        boolean withinY = p.y() >= y - tolerance && p.y() <= bottom() + tolerance;
        boolean onVertical = withinY && (Math.abs(p.x() - x) <= tolerance || Math.abs(p.x() - right()) <= tolerance);
        boolean onHorizontal = withinX && (Math.abs(p.y() - y) <= tolerance || Math.abs(p.y() - bottom()) <= tolerance);
        return onVertical || onHorizontal;
    }

    /** This rectangle grown by {@code margin} on every side. */
    public Rect inflate(double margin) {
        return new Rect(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    public Rect translate(double dx, double dy) {
        return new Rect(x + dx, y + dy, width, height);
    }

    /** The smallest rectangle holding both. */
    public Rect union(Rect other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        return new Rect(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }
}
