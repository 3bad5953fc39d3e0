package io.opencenter.installer.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts each edge label near its own polyline where it covers no box and no label placed before it, preferring
 * spots that cross no other edge (so a label is not mistaken for a neighbour's): on the longest segment first,
 * then beside it, then on shorter segments, then in widening rings around the segments' middles. When nothing is
 * free it falls back to the middle of the longest segment (readable thanks to the label background, just crowded).
 */
final class EdgeLabelPlacer {

    record Placement(TextLabel label, Rect box) {}

    private static final double PAD_X = 3;
    private static final double PAD_Y = 1;
    private static final double SIDE_GAP = 4;
    private static final double[] FRACTIONS = {0.5, 0.3, 0.7, 0.15, 0.85};
    private static final int RINGS = 5;
    private static final int MAX_RINGS = 200;
    /** Below, above, right, left, then the diagonals. */
    private static final double[][] DIRECTIONS = {{0, 1}, {0, -1}, {1, 0}, {-1, 0}, {1, 1}, {-1, 1}, {1, -1}, {-1, -1}};

    private final List<Rect> occupied;
    private final List<List<Point>> polylines;
    private final double minX;
    private final double minY;
    private final double fontSize;

    /**
     * @param obstacles boxes labels must not cover
     * @param polylines every edge of the diagram, in the order {@link #place} will be called with their indexes
     */
    EdgeLabelPlacer(List<Rect> obstacles, List<List<Point>> polylines, double minX, double minY, double fontSize) {
        this.occupied = new ArrayList<>(obstacles);
        this.polylines = List.copyOf(polylines);
        this.minX = minX;
        this.minY = minY;
        this.fontSize = fontSize;
    }

    Placement place(String text, int edge) {
        List<Point> polyline = polylines.get(edge);
        double w = TextMetrics.width(text, fontSize, false) + 2 * PAD_X;
        double h = fontSize * TextMetrics.LINE_HEIGHT + 2 * PAD_Y;
        List<Integer> segments = new ArrayList<>();
        for (int i = 0; i + 1 < polyline.size(); i++) {
            segments.add(i);
        }
        segments.sort(Comparator.comparingDouble((Integer i) -> -length(polyline, i)).thenComparing(i -> i));
        List<Rect> near = nearCandidates(polyline, segments, w, h);
        List<Rect> far = ringCandidates(polyline, segments, w, h);
        for (List<Rect> candidates : List.of(near, far)) {
            for (boolean avoidLines : new boolean[] {true, false}) {
                for (Rect box : candidates) {
                    if (free(box) && (!avoidLines || !crossesOtherEdge(box, edge))) {
                        return accept(text, box);
                    }
                }
            }
        }
        // very crowded: keep widening the rings; far enough out (beyond the boxes) a spot is always free
        for (int ring = RINGS + 1; ring <= MAX_RINGS; ring++) {
            for (Rect box : ring(polyline, segments.subList(0, 1), w, h, ring)) {
                if (free(box)) {
                    return accept(text, box);
                }
            }
        }
        return accept(text, near.get(0));
    }

    /** On the line and right beside it, at several points along each segment. */
    private List<Rect> nearCandidates(List<Point> polyline, List<Integer> segments, double w, double h) {
        List<Rect> out = new ArrayList<>();
        for (double fraction : FRACTIONS) {
            for (int i : segments) {
                Point a = polyline.get(i);
                Point b = polyline.get(i + 1);
                Point at = new Point(a.x() + (b.x() - a.x()) * fraction, a.y() + (b.y() - a.y()) * fraction);
                Rect centered = new Rect(at.x() - w / 2, at.y() - h / 2, w, h);
                out.add(clamp(centered));
                if (a.x() == b.x()) {
                    out.add(clamp(new Rect(at.x() + SIDE_GAP, at.y() - h / 2, w, h)));
                    out.add(clamp(new Rect(at.x() - SIDE_GAP - w, at.y() - h / 2, w, h)));
                } else {
                    out.add(clamp(new Rect(at.x() - w / 2, at.y() - SIDE_GAP - h, w, h)));
                    out.add(clamp(new Rect(at.x() - w / 2, at.y() + SIDE_GAP, w, h)));
                }
            }
        }
        return out;
    }

    /** Further away around the middle of each segment, nearest ring first. */
    private List<Rect> ringCandidates(List<Point> polyline, List<Integer> segments, double w, double h) {
        List<Rect> out = new ArrayList<>();
        for (int ring = 1; ring <= RINGS; ring++) {
            out.addAll(ring(polyline, segments, w, h, ring));
        }
        return out;
    }

    private List<Rect> ring(List<Point> polyline, List<Integer> segments, double w, double h, int ring) {
        List<Rect> out = new ArrayList<>();
        double r = ring * h;
        for (int i : segments) {
            Point a = polyline.get(i);
            Point b = polyline.get(i + 1);
            double mx = (a.x() + b.x()) / 2;
            double my = (a.y() + b.y()) / 2;
            for (double[] dir : DIRECTIONS) {
                double cx = mx + dir[0] * (w / 2 + r);
                double cy = my + dir[1] * (h / 2 + r);
                out.add(clamp(new Rect(cx - w / 2, cy - h / 2, w, h)));
            }
        }
        return out;
    }

    private Rect clamp(Rect box) {
        return box.translate(Math.max(0, minX - box.x()), Math.max(0, minY - box.y()));
    }

    private boolean free(Rect box) {
        return occupied.stream().noneMatch(box::overlaps);
    }

    private boolean crossesOtherEdge(Rect box, int own) {
        for (int e = 0; e < polylines.size(); e++) {
            if (e == own) {
                continue;
            }
            List<Point> line = polylines.get(e);
            for (int i = 0; i + 1 < line.size(); i++) {
                if (segmentHits(box, line.get(i), line.get(i + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Axis-parallel segments only need a box test; others (straight fallbacks) are tested by their bounding box. */
    private static boolean segmentHits(Rect box, Point a, Point b) {
        double left = Math.min(a.x(), b.x());
        double top = Math.min(a.y(), b.y());
        Rect hull = new Rect(left, top, Math.max(Math.abs(b.x() - a.x()), 0.5), Math.max(Math.abs(b.y() - a.y()), 0.5));
        return box.overlaps(hull);
    }

    private Placement accept(String text, Rect box) {
        occupied.add(box);
        double baseline = box.centerY() + fontSize * 0.35;
        return new Placement(new TextLabel(text, box.centerX(), baseline, TextLabel.Anchor.MIDDLE, fontSize, false),
                box);
    }

    private static double length(List<Point> p, int i) {
        return Math.abs(p.get(i + 1).x() - p.get(i).x()) + Math.abs(p.get(i + 1).y() - p.get(i).y());
    }
}
