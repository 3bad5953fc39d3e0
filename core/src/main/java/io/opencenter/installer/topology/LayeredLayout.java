package io.opencenter.installer.topology;

import static io.opencenter.installer.topology.LayoutMetrics.ACTOR_COLUMN_GAP;
import static io.opencenter.installer.topology.LayoutMetrics.CONTENT_TO_LEGEND;
import static io.opencenter.installer.topology.LayoutMetrics.EDGE_FONT;
import static io.opencenter.installer.topology.LayoutMetrics.FACTS_FONT;
import static io.opencenter.installer.topology.LayoutMetrics.HEADER_TO_CONTENT;
import static io.opencenter.installer.topology.LayoutMetrics.MARGIN;
import static io.opencenter.installer.topology.LayoutMetrics.MAX_LANE_OFFSET;
import static io.opencenter.installer.topology.LayoutMetrics.MAX_ROW_WIDTH;
import static io.opencenter.installer.topology.LayoutMetrics.NAMESPACE_GAP;
import static io.opencenter.installer.topology.LayoutMetrics.ROUTE_CLEARANCE;
import static io.opencenter.installer.topology.LayoutMetrics.ROW_GAP;
import static io.opencenter.installer.topology.LayoutMetrics.TITLE_FONT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a {@link TopologyGraph}: header on top; namespaces in rows by dependency layer (a wide layer wraps into
 * several rows), each row centered; actors in a column on the left; edges routed around boxes; the flow legend
 * below. The same graph always gives the same diagram.
 */
public final class LayeredLayout {

    /** Height of a self-loop (a step from a service to itself) and how far it sticks out of the box. */
    private static final double LOOP_HEIGHT = 12;
    private static final double LOOP_REACH = 18;
    private static final double MAX_LANE_SPACING = 3;

    private record Row(int layer, List<NamespaceBlock> blocks, double width, double height) {}

    public TopologyDiagram layout(TopologyGraph graph) {
        TopologyGraph.Facts facts = graph.facts();
        DiagramHeader header = header(facts);
        double headerBottom = header.facts() != null ? header.facts().bounds().bottom() : header.title().bounds().bottom();
        double contentTop = headerBottom + HEADER_TO_CONTENT;

        List<Row> rows = rows(graph);
        double areaWidth = rows.stream().mapToDouble(Row::width).max().orElse(0);
        double actorWidth = graph.actors().isEmpty() ? 0 : ActorColumn.width(graph.actors());
        double areaLeft = MARGIN + (graph.actors().isEmpty() ? 0 : actorWidth + ACTOR_COLUMN_GAP);

        List<NamespaceBox> boxes = new ArrayList<>();
        double y = contentTop;
        for (Row row : rows) {
            double x = areaLeft + (areaWidth - row.width()) / 2;
            for (NamespaceBlock block : row.blocks()) {
                boxes.add(block.place(x, y, row.layer()));
                x += block.width() + NAMESPACE_GAP;
            }
            y += row.height() + ROW_GAP;
        }
        Map<String, Rect> serviceBounds = new LinkedHashMap<>();
        boxes.forEach(b -> b.services().forEach(s -> serviceBounds.put(s.id(), s.bounds())));
        List<ActorNode> actors = ActorColumn.place(graph.actors(), MARGIN, contentTop, actorWidth,
                wantedActorHeights(graph, serviceBounds));

        Rect content = contentBounds(boxes, actors, contentTop);
        Rect region = content.inflate(ROUTE_CLEARANCE + 12);
        List<FlowEdge> edges = edges(graph, boxes, actors, region);

        double bottom = region.bottom();
        double right = Math.max(region.right(), header.title().bounds().right());
        for (FlowEdge e : edges) {
            bottom = Math.max(bottom, e.labelBox().bottom());
            right = Math.max(right, e.labelBox().right());
            for (Point p : e.points()) {
                right = Math.max(right, p.x());
            }
        }
        if (header.facts() != null) {
            right = Math.max(right, header.facts().bounds().right());
        }
        double legendTop = bottom + CONTENT_TO_LEGEND;
        LegendLayout.Result legend = LegendLayout.place(graph.flows(), MARGIN, legendTop, right - MARGIN);
        right = Math.max(right, legend.bounds().right());
        double width = Math.ceil(right + MARGIN);
        double height = Math.ceil(legend.bounds().bottom() + MARGIN);
        return new TopologyDiagram(header.clusterName(), facts.profile(), width, height, header, boxes, actors, edges,
                legend.entries(), legend.bounds(), legend.title());
    }

    private static DiagramHeader header(TopologyGraph.Facts f) {
        String profile = f.profile().id();
        String name = f.clusterName() == null || f.clusterName().isBlank() ? "unnamed cluster" : f.clusterName();
        TextLabel title = new TextLabel(name + " · " + profile + " profile", MARGIN,
                MARGIN + TITLE_FONT * TextMetrics.ASCENT, TextLabel.Anchor.START, TITLE_FONT, true);
        List<String> parts = DiagramHeader.factsText(f.controlPlaneCount(), f.workerCount(), f.apiVip(),
                f.kubernetesVersion());
        TextLabel facts = parts.isEmpty() ? null : new TextLabel(String.join("  ·  ", parts), MARGIN,
                title.bounds().bottom() + 6 + FACTS_FONT * TextMetrics.ASCENT, TextLabel.Anchor.START, FACTS_FONT,
                false);
        return new DiagramHeader(name, profile, f.controlPlaneCount(), f.workerCount(), f.apiVip(),
                f.kubernetesVersion(), title, facts);
    }

    /** Layers top to bottom; a layer wider than {@link LayoutMetrics#MAX_ROW_WIDTH} is split into balanced rows. */
    private static List<Row> rows(TopologyGraph graph) {
        Map<String, NamespaceBlock> blocks = new HashMap<>();
        graph.namespaces().forEach(g -> blocks.put(g.id(), new NamespaceBlock(g)));
        List<List<String>> layers = new NamespaceLayers(graph).orderedLayers();
        List<Row> rows = new ArrayList<>();
        for (int layer = 0; layer < layers.size(); layer++) {
            List<NamespaceBlock> inLayer = layers.get(layer).stream().map(blocks::get).toList();
            double total = inLayer.stream().mapToDouble(NamespaceBlock::width).sum()
                    + NAMESPACE_GAP * (inLayer.size() - 1);
            int rowCount = (int) Math.ceil(total / MAX_ROW_WIDTH);
            double target = total / Math.max(1, rowCount);
            List<NamespaceBlock> current = new ArrayList<>();
            double width = 0;
            for (NamespaceBlock b : inLayer) {
                double grown = current.isEmpty() ? b.width() : width + NAMESPACE_GAP + b.width();
                if (!current.isEmpty() && grown > target * 1.1 && grown > b.width()) {
                    rows.add(row(layer, current));
                    current = new ArrayList<>();
                    grown = b.width();
                }
                current.add(b);
                width = grown;
            }
            if (!current.isEmpty()) {
                rows.add(row(layer, current));
            }
        }
        return rows;
    }

    private static Row row(int layer, List<NamespaceBlock> blocks) {
        double width = blocks.stream().mapToDouble(NamespaceBlock::width).sum() + NAMESPACE_GAP * (blocks.size() - 1);
        double height = blocks.stream().mapToDouble(NamespaceBlock::height).max().orElse(0);
        return new Row(layer, List.copyOf(blocks), width, height);
    }

    /**
     * For each actor, the mean center height of the services its flow steps connect it to; an actor that only
     * talks to other actors (an API VIP between clients and the API server) takes the mean of theirs, so chains
     * of actors end up next to each other.
     */
    private static Map<String, Double> wantedActorHeights(TopologyGraph graph, Map<String, Rect> services) {
        Map<String, List<Double>> fromServices = new HashMap<>();
        Map<String, List<String>> actorNeighbours = new LinkedHashMap<>();
        for (TopologyGraph.Flow f : graph.flows()) {
            for (TopologyGraph.Step s : f.steps()) {
                Rect from = services.get(s.from());
                Rect to = services.get(s.to());
                if (from == null && to != null) {
                    fromServices.computeIfAbsent(s.from(), k -> new ArrayList<>()).add(to.centerY());
                } else if (to == null && from != null) {
                    fromServices.computeIfAbsent(s.to(), k -> new ArrayList<>()).add(from.centerY());
                } else if (from == null && !s.from().equals(s.to())) {
                    actorNeighbours.computeIfAbsent(s.from(), k -> new ArrayList<>()).add(s.to());
                    actorNeighbours.computeIfAbsent(s.to(), k -> new ArrayList<>()).add(s.from());
                }
            }
        }
        Map<String, Double> wanted = new LinkedHashMap<>();
        fromServices.forEach((id, ys) -> wanted.put(id, mean(ys)));
        for (int pass = 0; pass < graph.actors().size(); pass++) {
            boolean changed = false;
            for (Map.Entry<String, List<String>> e : actorNeighbours.entrySet()) {
                List<Double> known = e.getValue().stream().filter(wanted::containsKey).map(wanted::get).toList();
                if (!wanted.containsKey(e.getKey()) && !known.isEmpty()) {
                    wanted.put(e.getKey(), mean(known));
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return wanted;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static Rect contentBounds(List<NamespaceBox> boxes, List<ActorNode> actors, double top) {
        Rect content = null;
        for (NamespaceBox b : boxes) {
            content = content == null ? b.bounds() : content.union(b.bounds());
        }
        for (ActorNode a : actors) {
            content = content == null ? a.bounds() : content.union(a.bounds());
        }
        return content == null ? new Rect(MARGIN, top, 0, 0) : content;
    }

    private static List<FlowEdge> edges(TopologyGraph graph, List<NamespaceBox> boxes, List<ActorNode> actors,
                                        Rect region) {
        List<OrthogonalRouter.Node> nodes = new ArrayList<>();
        List<Rect> namespaceRects = new ArrayList<>();
        List<Rect> titles = new ArrayList<>();
        List<Rect> labelObstacles = new ArrayList<>();
        Map<String, Rect> nodeBounds = new HashMap<>();
        for (int i = 0; i < boxes.size(); i++) {
            NamespaceBox box = boxes.get(i);
            namespaceRects.add(box.bounds());
            titles.add(box.label().bounds().inflate(2));
            for (ServiceNode s : box.services()) {
                nodes.add(new OrthogonalRouter.Node(s.id(), s.bounds(), i));
                nodeBounds.put(s.id(), s.bounds());
            }
        }
        for (ActorNode a : actors) {
            nodes.add(new OrthogonalRouter.Node(a.id(), a.bounds(), -1));
            nodeBounds.put(a.id(), a.bounds());
        }
        nodes.forEach(n -> labelObstacles.add(n.bounds().inflate(2)));
        labelObstacles.addAll(titles);
        OrthogonalRouter router = new OrthogonalRouter(nodes, namespaceRects, titles, region, ROUTE_CLEARANCE,
                NAMESPACE_GAP);
        int flowCount = graph.flows().size();
        double spacing = flowCount > 1 ? Math.min(MAX_LANE_SPACING, 2 * MAX_LANE_OFFSET / (flowCount - 1)) : 0;
        List<List<Point>> routes = new ArrayList<>();
        for (int rank = 0; rank < flowCount; rank++) {
            TopologyGraph.Flow flow = graph.flows().get(rank);
            double offset = (rank - (flowCount - 1) / 2.0) * spacing;
            for (TopologyGraph.Step step : flow.steps()) {
                routes.add(step.from().equals(step.to())
                        ? selfLoop(nodeBounds.get(step.from()), offset)
                        : Polylines.shift(router.route(step.from(), step.to()), offset));
            }
        }
        // labels go on after every route is known, so that they can keep off other edges
        EdgeLabelPlacer labels = new EdgeLabelPlacer(labelObstacles, routes, 4, region.y(), EDGE_FONT);
        List<FlowEdge> edges = new ArrayList<>();
        for (TopologyGraph.Flow flow : graph.flows()) {
            for (TopologyGraph.Step step : flow.steps()) {
                int index = edges.size();
                String text = flow.number() + "." + step.step() + (step.label().isBlank() ? "" : " " + step.label());
                EdgeLabelPlacer.Placement label = labels.place(text, index);
                edges.add(new FlowEdge(flow.id(), flow.number(), step.step(), step.from(), step.to(), step.label(),
                        flow.colorIndex(), routes.get(index), label.label(), label.box()));
            }
        }
        return edges;
    }

    /** A small loop out of the right side of the box and back in. */
    private static List<Point> selfLoop(Rect box, double offset) {
        double y = box.centerY() + offset / 2;
        double out = box.right() + LOOP_REACH;
        return List.of(new Point(box.right(), y - LOOP_HEIGHT / 2), new Point(out, y - LOOP_HEIGHT / 2),
                new Point(out, y + LOOP_HEIGHT / 2), new Point(box.right(), y + LOOP_HEIGHT / 2));
    }
}
