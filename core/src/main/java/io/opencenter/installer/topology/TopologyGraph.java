package io.opencenter.installer.topology;

import io.opencenter.installer.platform.Actor;
import io.opencenter.installer.platform.NamespaceDef;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceDef;
import java.util.List;
import java.util.Map;

/**
 * What the diagram shows, before anything is placed: the enabled services grouped by namespace, what each of them
 * depends on, the actors the remaining flow steps touch, and those steps. {@link TopologyBuilder} makes it; {@link LayeredLayout} places it.
 */
public record TopologyGraph(Facts facts, List<Group> namespaces, Map<String, List<String>> dependencies,
                            List<Actor> actors, List<Flow> flows) {

    public TopologyGraph {
        namespaces = List.copyOf(namespaces);
        dependencies = Map.copyOf(dependencies);
        actors = List.copyOf(actors);
        flows = List.copyOf(flows);
    }

    /** Ids of the shown services {@code serviceId} needs (capabilities such as storage already resolved). */
    public List<String> dependenciesOf(String serviceId) {
        return dependencies.getOrDefault(serviceId, List.of());
    }

    /** Header facts; every field but the name and profile may be null. */
    public record Facts(String clusterName, Profile profile, Integer controlPlaneCount, Integer workerCount,
                        String apiVip, String kubernetesVersion) {}

    /** A namespace and its enabled services (never empty). */
    public record Group(NamespaceDef namespace, List<ServiceDef> services) {
        public Group {
            services = List.copyOf(services);
            if (services.isEmpty()) {
                throw new IllegalArgumentException("namespace without services: " + namespace.id());
            }
        }

        public String id() {
            return namespace.id();
        }
    }

    /** A data flow with the steps that can still be drawn; {@code number} and {@code colorIndex} follow the catalog. */
    public record Flow(String id, String name, String description, int number, int colorIndex, List<Step> steps) {
        public Flow {
            steps = List.copyOf(steps);
        }
    }

    /** {@code step} is the 1-based position in the catalog's flow. */
    public record Step(int step, String from, String to, String label) {}

    /** The namespace of a service id, or null when it is not a service of this graph (an actor). */
    public String namespaceOf(String nodeId) {
        for (Group g : namespaces) {
            for (ServiceDef s : g.services()) {
                if (s.id().equals(nodeId)) {
                    return g.id();
                }
            }
        }
        return null;
    }
}
