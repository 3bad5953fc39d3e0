package io.opencenter.installer.topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Routes edges as horizontal/vertical polylines around service and actor boxes.
 *
 * <p>The routing grid is made of lanes that keep a clearance from every box (plus box center lines, where edges
 * start, and the middle of the gaps between namespace boxes). A* on that grid finds the cheapest path; bends,
 * running through namespaces that are neither the source's nor the target's, crossing titles, and reusing lanes
 * other edges already took all cost extra, so edges prefer the gutters and spread out.
 */
final class OrthogonalRouter {

    /** A box edges may connect to; {@code namespace} is the index of its namespace box, -1 for none. */
    record Node(String id, Rect bounds, int namespace) {}

    private static final double BEND_COST = 40;
    private static final double FOREIGN_NAMESPACE_FACTOR = 1.6;
    private static final double SOFT_OBSTACLE_FACTOR = 4;
    private static final double REUSE_FACTOR = 0.4;
    private static final int FREE = -1;
    private static final int BLOCKED_TWICE = -2;
    private static final int[] DX = {1, -1, 0, 0};
    private static final int[] DY = {0, 0, 1, -1};
    private static final int NO_DIRECTION = 4;

    private final List<Node> nodes;
    private final Map<String, Integer> nodeIndex = new HashMap<>();
    private final double[] xs;
    private final double[] ys;
    /** Per node, the lanes through its center (snapped like every lane). */
    private final double[] centerX;
    private final double[] centerY;
    private final Segments horizontal;
    private final Segments vertical;
    private final StateHeap open = new StateHeap();
    private double[] costs;
    private int[] previous;
    private int[] stamps;
    private int generation;

    /** Per-segment facts for one orientation; index = line * (count - 1) + position along the line. */
    private static final class Segments {
        final int[] blocker;
        final int[] namespace;
        final double[] softFactor;
        final int[] uses;

        Segments(int size) {
            blocker = new int[size];
            namespace = new int[size];
            softFactor = new double[size];
            uses = new int[size];
            Arrays.fill(blocker, FREE);
            Arrays.fill(namespace, -1);
            Arrays.fill(softFactor, 1);
        }
    }

    OrthogonalRouter(List<Node> nodes, List<Rect> namespaces, List<Rect> softObstacles, Rect region,
                     double clearance, double gutter) {
        this.nodes = List.copyOf(nodes);
        for (int i = 0; i < nodes.size(); i++) {
            nodeIndex.put(nodes.get(i).id(), i);
        }
        TreeSet<Double> xSet = new TreeSet<>();
        TreeSet<Double> ySet = new TreeSet<>();
        Lanes xLanes = new Lanes(xSet, region.x(), region.right());
        Lanes yLanes = new Lanes(ySet, region.y(), region.bottom());
        xLanes.add(region.x());
        xLanes.add(region.right());
        yLanes.add(region.y());
        yLanes.add(region.bottom());
        for (Node n : nodes) {
            Rect r = n.bounds();
            xLanes.add(r.x() - clearance);
            xLanes.add(r.right() + clearance);
            xLanes.add(r.centerX());
            yLanes.add(r.y() - clearance);
            yLanes.add(r.bottom() + clearance);
            yLanes.add(r.centerY());
        }
        for (Rect ns : namespaces) {
            xLanes.add(ns.x() - gutter / 2);
            xLanes.add(ns.right() + gutter / 2);
            yLanes.add(ns.y() - gutter / 2);
            yLanes.add(ns.bottom() + gutter / 2);
        }
        centerX = nodes.stream().mapToDouble(n -> snap(n.bounds().centerX())).toArray();
        centerY = nodes.stream().mapToDouble(n -> snap(n.bounds().centerY())).toArray();
        xs = xSet.stream().mapToDouble(Double::doubleValue).toArray();
        ys = ySet.stream().mapToDouble(Double::doubleValue).toArray();
        horizontal = new Segments(Math.max(0, (xs.length - 1) * ys.length));
        vertical = new Segments(Math.max(0, (ys.length - 1) * xs.length));
        List<Rect> hardZones = nodes.stream().map(n -> n.bounds().inflate(clearance / 2)).toList();
        describe(horizontal, ys, xs, true, hardZones, namespaces, softObstacles);
        describe(vertical, xs, ys, false, hardZones, namespaces, softObstacles);
    }

    /** Lane positions along one axis, kept within the routing region and snapped to half pixels. */
    private record Lanes(TreeSet<Double> values, double min, double max) {
        void add(double value) {
            double snapped = snap(value);
            if (snapped >= min && snapped <= max) {
                values.add(snapped);
            }
        }
    }

    private static void describe(Segments seg, double[] lines, double[] along, boolean isHorizontal,
                                 List<Rect> hardZones, List<Rect> namespaces, List<Rect> soft) {
        int perLine = along.length - 1;
        for (int l = 0; l < lines.length; l++) {
            double fixed = lines[l];
            for (int p = 0; p < perLine; p++) {
                double a = along[p];
                double b = along[p + 1];
                int index = l * perLine + p;
                for (int k = 0; k < hardZones.size(); k++) {
                    if (crosses(hardZones.get(k), fixed, a, b, isHorizontal)) {
                        seg.blocker[index] = seg.blocker[index] == FREE ? k : BLOCKED_TWICE;
                    }
                }
                double mid = (a + b) / 2;
                Point midpoint = isHorizontal ? new Point(mid, fixed) : new Point(fixed, mid);
                for (int k = 0; k < namespaces.size(); k++) {
                    if (namespaces.get(k).contains(midpoint)) {
                        seg.namespace[index] = k;
                        break;
                    }
                }
                for (Rect r : soft) {
                    if (crosses(r, fixed, a, b, isHorizontal)) {
                        seg.softFactor[index] = SOFT_OBSTACLE_FACTOR;
                    }
                }
            }
        }
    }

    /** Does the segment {@code fixed} × {@code (a, b)} pass through the interior of {@code r}? */
    private static boolean crosses(Rect r, double fixed, double a, double b, boolean isHorizontal) {
        double lo = isHorizontal ? r.y() : r.x();
        double hi = isHorizontal ? r.bottom() : r.right();
        double from = isHorizontal ? r.x() : r.y();
        double to = isHorizontal ? r.right() : r.bottom();
        return fixed > lo && fixed < hi && a < to && b > from;
    }

    /**
     * The cheapest orthogonal path from the border of {@code from} to the border of {@code to}, or a straight
     * center-to-center line clipped to both borders when the grid offers no way through.
     */
    List<Point> route(String from, String to) {
        Node source = nodes.get(nodeIndex.get(from));
        Node target = nodes.get(nodeIndex.get(to));
        int[] path = search(nodeIndex.get(from), nodeIndex.get(to));
        List<Point> points = new ArrayList<>();
        if (path == null) {
            points.add(source.bounds().center());
            points.add(target.bounds().center());
        } else {
            for (int vertex : path) {
                points.add(new Point(xs[vertex % xs.length], ys[vertex / xs.length]));
            }
        }
        List<Point> clipped = Polylines.clip(Polylines.simplify(points), source.bounds(), target.bounds());
        return clipped != null ? clipped : Polylines.straight(source.bounds(), target.bounds());
    }

    /** A* over (vertex, arrival direction); returns the vertices of the path or null. */
    private int[] search(int source, int target) {
        int start = vertexAt(nodes.get(source).bounds().center());
        int goal = vertexAt(nodes.get(target).bounds().center());
        if (start < 0 || goal < 0) {
            return null;
        }
        int sourceNs = nodes.get(source).namespace();
        int targetNs = nodes.get(target).namespace();
        prepareSearch();
        int startState = start * 5 + NO_DIRECTION;
        setCost(startState, 0, -1);
        open.push(heuristic(start, goal), startState);
        while (!open.isEmpty()) {
            double key = open.peekKey();
            int state = open.pop();
            int vertex = state / 5;
            int direction = state % 5;
            if (key - heuristic(vertex, goal) > cost(state) + 1e-9) {
                continue;  // a cheaper way to this state was found after this entry was queued
            }
            if (vertex == goal) {
                return reconstruct(state);
            }
            int ix = vertex % xs.length;
            int iy = vertex / xs.length;
            for (int d = 0; d < 4; d++) {
                int nx = ix + DX[d];
                int ny = iy + DY[d];
                if (nx < 0 || ny < 0 || nx >= xs.length || ny >= ys.length) {
                    continue;
                }
                Segments seg = d < 2 ? horizontal : vertical;
                int index = d < 2 ? iy * (xs.length - 1) + Math.min(ix, nx) : ix * (ys.length - 1) + Math.min(iy, ny);
                int blocker = seg.blocker[index];
                if (blocker != FREE && !(blocker == source || blocker == target)) {
                    continue;
                }
                // edges enter and leave their own boxes only along the box's center lines, so that they attach at
                // the middle of a side (where the per-flow lane offsets have room) and never clip a corner
                if (blocker != FREE && (d < 2 ? ys[iy] != centerY[blocker] : xs[ix] != centerX[blocker])) {
                    continue;
                }
                double length = d < 2 ? Math.abs(xs[nx] - xs[ix]) : Math.abs(ys[ny] - ys[iy]);
                int ns = seg.namespace[index];
                double factor = seg.softFactor[index];
                if (ns >= 0 && ns != sourceNs && ns != targetNs) {
                    factor *= FOREIGN_NAMESPACE_FACTOR;
                }
                double step = length * (factor + REUSE_FACTOR * seg.uses[index]);
                if (direction != NO_DIRECTION && direction != d) {
                    step += BEND_COST;
                }
                int next = (ny * xs.length + nx) * 5 + d;
                double candidate = cost(state) + step;
                if (candidate < cost(next) - 1e-9) {
                    setCost(next, candidate, state);
                    open.push(candidate + heuristic(ny * xs.length + nx, goal), next);
                }
            }
        }
        return null;
    }

    /** Search arrays are reused between edges; a generation stamp marks which entries belong to this search. */
    private void prepareSearch() {
        int states = xs.length * ys.length * 5;
        if (costs == null) {
            costs = new double[states];
            previous = new int[states];
            stamps = new int[states];
        }
        generation++;
        open.clear();
    }

    private double cost(int state) {
        return stamps[state] == generation ? costs[state] : Double.POSITIVE_INFINITY;
    }

    private void setCost(int state, double value, int from) {
        stamps[state] = generation;
        costs[state] = value;
        previous[state] = from;
    }

    private int[] reconstruct(int goalState) {
        List<Integer> states = new ArrayList<>();
        for (int s = goalState; s >= 0; s = previous[s]) {
            states.add(s);
        }
        int[] vertices = new int[states.size()];
        for (int i = 0; i < vertices.length; i++) {
            vertices[i] = states.get(states.size() - 1 - i) / 5;
        }
        markUsed(vertices);
        return vertices;
    }

    private void markUsed(int[] vertices) {
        for (int i = 0; i + 1 < vertices.length; i++) {
            int ax = vertices[i] % xs.length;
            int ay = vertices[i] / xs.length;
            int bx = vertices[i + 1] % xs.length;
            int by = vertices[i + 1] / xs.length;
            if (ay == by) {
                horizontal.uses[ay * (xs.length - 1) + Math.min(ax, bx)]++;
            } else {
                vertical.uses[ax * (ys.length - 1) + Math.min(ay, by)]++;
            }
        }
    }

    /** Manhattan distance, plus one bend when the goal is not on the same lane (never overestimates). */
    private double heuristic(int vertex, int goal) {
        double dx = Math.abs(xs[vertex % xs.length] - xs[goal % xs.length]);
        double dy = Math.abs(ys[vertex / xs.length] - ys[goal / xs.length]);
        return dx + dy + (dx > 0 && dy > 0 ? BEND_COST : 0);
    }

    private static double snap(double value) {
        return Math.round(value * 2) / 2.0;
    }

    private int vertexAt(Point p) {
        int ix = Arrays.binarySearch(xs, snap(p.x()));
        int iy = Arrays.binarySearch(ys, snap(p.y()));
        return ix < 0 || iy < 0 ? -1 : iy * xs.length + ix;
    }
}
