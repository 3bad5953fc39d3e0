package io.opencenter.installer.topology;

import io.opencenter.installer.platform.Profile;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A laid-out topology diagram: everything a renderer needs, with positions in one coordinate system whose origin is
 * the top-left corner of the drawing, x to the right, y downwards, units are pixels at scale 1 (= SVG user units).
 * Everything drawn lies within {@code (0, 0) – (width, height)}.
 *
 * <p>Drawing order that keeps things readable: background, namespace boxes, service and actor boxes, edges,
 * edge label backgrounds and labels, header, legend. Colors are in {@link DiagramPalette}.
 */
public record TopologyDiagram(String clusterName, Profile profile, double width, double height,
                              DiagramHeader header, List<NamespaceBox> namespaces, List<ActorNode> actors,
                              List<FlowEdge> edges, List<FlowLegend> flows, Rect legendBounds,
                              TextLabel legendTitle) {

    public TopologyDiagram {
        namespaces = List.copyOf(namespaces);
        actors = List.copyOf(actors);
        edges = List.copyOf(edges);
        flows = List.copyOf(flows);
    }

    /** Every service box, namespace by namespace. */
    public List<ServiceNode> services() {
        return namespaces.stream().flatMap(n -> n.services().stream()).toList();
    }

    public Optional<NamespaceBox> namespace(String id) {
        return namespaces.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<ServiceNode> service(String id) {
        return services().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<ActorNode> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Bounds of the service or actor with this id (what edges connect). */
    public Optional<Rect> nodeBounds(String id) {
        return Stream.concat(
                        services().stream().filter(s -> s.id().equals(id)).map(ServiceNode::bounds),
                        actors.stream().filter(a -> a.id().equals(id)).map(ActorNode::bounds))
                .findFirst();
    }
}
