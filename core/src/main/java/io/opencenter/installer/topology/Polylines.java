package io.opencenter.installer.topology;

import java.util.ArrayList;
import java.util.List;

/** Small operations on edge polylines: tidying, cutting at box borders, shifting into a lane. */
final class Polylines {

    private Polylines() {}

    /** Drops points in the middle of straight runs (and repeated points). */
    static List<Point> simplify(List<Point> points) {
        List<Point> out = new ArrayList<>();
        for (Point p : points) {
            if (!out.isEmpty() && out.get(out.size() - 1).equals(p)) {
                continue;
            }
            if (out.size() >= 2) {
                Point a = out.get(out.size() - 2);
                Point b = out.get(out.size() - 1);
                if (a.x() == b.x() && b.x() == p.x() || a.y() == b.y() && b.y() == p.y()) {
                    out.set(out.size() - 1, p);
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    /**
     * Cuts a center-to-center polyline so that it starts where it leaves {@code source} and ends where it enters
     * {@code target}; null when it does not (e.g. the boxes touch).
     */
    static List<Point> clip(List<Point> points, Rect source, Rect target) {
        int exit = -1;
        for (int i = 0; i + 1 < points.size(); i++) {
            if (source.contains(points.get(i)) && !source.contains(points.get(i + 1))) {
                exit = i;
                break;
            }
        }
        int entry = -1;
        for (int i = points.size() - 2; i >= 0; i--) {
            if (!target.contains(points.get(i)) && target.contains(points.get(i + 1))) {
                entry = i;
                break;
            }
        }
        if (exit < 0 || entry < exit) {
            return null;
        }
        List<Point> out = new ArrayList<>();
        out.add(borderCrossing(points.get(exit), points.get(exit + 1), source));
        for (int i = exit + 1; i <= entry; i++) {
            out.add(points.get(i));
        }
        out.add(borderCrossing(points.get(entry + 1), points.get(entry), target));
        return simplify(out);
    }

    /** Where the axis-parallel segment from {@code inside} to {@code outside} crosses the border of {@code r}. */
    private static Point borderCrossing(Point inside, Point outside, Rect r) {
        if (inside.y() == outside.y()) {
            return new Point(outside.x() > inside.x() ? r.right() : r.x(), inside.y());
        }
        return new Point(inside.x(), outside.y() > inside.y() ? r.bottom() : r.y());
    }

    /** The center-to-center line, cut at both borders (used when no orthogonal route exists). */
    static List<Point> straight(Rect source, Rect target) {
        Point a = source.center();
        Point b = target.center();
        return List.of(rayExit(a, b, source), rayExit(b, a, target));
    }

    private static Point rayExit(Point from, Point toward, Rect r) {
        double dx = toward.x() - from.x();
        double dy = toward.y() - from.y();
        double tx = dx == 0 ? Double.POSITIVE_INFINITY : (r.width() / 2) / Math.abs(dx);
        double ty = dy == 0 ? Double.POSITIVE_INFINITY : (r.height() / 2) / Math.abs(dy);
        double t = Math.min(tx, ty);
        if (Double.isInfinite(t)) {
            return from;
        }
        return new Point(from.x() + dx * t, from.y() + dy * t);
    }

    /**
     * Shifts a routed polyline sideways by {@code offset} in x and y so that edges of different flows sharing a
     * lane run side by side; the end points slide along their box borders instead of leaving them.
     */
    static List<Point> shift(List<Point> points, double offset) {
        if (offset == 0 || !isOrthogonal(points)) {
            return points;
        }
        List<Point> out = new ArrayList<>();
        int last = points.size() - 1;
        for (int i = 0; i <= last; i++) {
            Point p = points.get(i);
            double x = p.x() + offset;
            double y = p.y() + offset;
            if (i == 0 || i == last) {
                Point neighbour = points.get(i == 0 ? 1 : last - 1);
                if (neighbour.y() == p.y()) {
                    x = p.x();  // horizontal end segment: the point sits on a vertical border
                } else if (neighbour.x() == p.x()) {
                    y = p.y();
                }
            }
            out.add(new Point(x, y));
        }
        return out;
    }

    static boolean isOrthogonal(List<Point> points) {
        for (int i = 0; i + 1 < points.size(); i++) {
            Point a = points.get(i);
            Point b = points.get(i + 1);
            if (a.x() != b.x() && a.y() != b.y()) {
                return false;
            }
        }
        return true;
    }
}
