package io.opencenter.installer.topology;

import io.opencenter.installer.platform.Actor;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.DataFlow;
import io.opencenter.installer.platform.NamespaceDef;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.platform.ServiceSelection;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Turns a cluster config (or a service selection) plus the catalog into a laid-out {@link TopologyDiagram}. */
public final class TopologyBuilder {

    private TopologyBuilder() {}

    /** The diagram of what {@code config} would deploy: its profile, minus its disabled services. */
    public static TopologyDiagram build(ClusterConfig config, Catalog catalog) {
        ClusterSpec.Platform platform = config.spec() == null ? null : config.spec().platform();
        Profile profile = Profile.fromId(platform == null ? null : platform.profile());
        List<String> disabled = platform == null || platform.disabled() == null ? List.of() : platform.disabled();
        return build(config, catalog.select(profile, disabled), catalog);
    }

    /** For callers that already hold a selection (the wizard) but still want the config's facts in the header. */
    public static TopologyDiagram build(ClusterConfig config, ServiceSelection selection, Catalog catalog) {
        return new LayeredLayout().layout(graph(facts(config, selection.profile()), selection, catalog));
    }

    /** A diagram whose header only names the cluster and profile. */
    public static TopologyDiagram build(String clusterName, ServiceSelection selection, Catalog catalog) {
        TopologyGraph.Facts facts = new TopologyGraph.Facts(clusterName, selection.profile(), null, null, null, null);
        return new LayeredLayout().layout(graph(facts, selection, catalog));
    }

    /** The unplaced content of the diagram. */
    public static TopologyGraph graph(TopologyGraph.Facts facts, ServiceSelection selection, Catalog catalog) {
        List<TopologyGraph.Group> groups = groups(selection, catalog);
        Set<String> serviceIds = new LinkedHashSet<>();
        selection.enabled().forEach(s -> serviceIds.add(s.id()));
        Set<String> actorIds = new LinkedHashSet<>();
        catalog.actors().forEach(a -> actorIds.add(a.id()));

        List<TopologyGraph.Flow> flows = new ArrayList<>();
        Set<String> usedActors = new LinkedHashSet<>();
        List<DataFlow> dataFlows = catalog.dataFlows();
        for (int i = 0; i < dataFlows.size(); i++) {
            DataFlow flow = dataFlows.get(i);
            List<TopologyGraph.Step> steps = new ArrayList<>();
            for (int s = 0; s < flow.steps().size(); s++) {
                DataFlow.Step step = flow.steps().get(s);
                // A step whose end is a disabled (or other-profile) service cannot be drawn: drop just that step.
                if (drawable(step.from(), serviceIds, actorIds) && drawable(step.to(), serviceIds, actorIds)) {
                    steps.add(new TopologyGraph.Step(s + 1, step.from(), step.to(), Objects.toString(step.label(), "")));
                    if (!serviceIds.contains(step.from())) {
                        usedActors.add(step.from());
                    }
                    if (!serviceIds.contains(step.to())) {
                        usedActors.add(step.to());
                    }
                }
            }
            if (!steps.isEmpty()) {
                flows.add(new TopologyGraph.Flow(flow.id(), flow.name(), flow.description(), i + 1, i, steps));
            }
        }
        List<Actor> actors = catalog.actors().stream()
                .filter(a -> usedActors.contains(a.id()) && !serviceIds.contains(a.id()))
                .toList();
        return new TopologyGraph(facts, groups, actors, flows);
    }

    private static boolean drawable(String id, Set<String> services, Set<String> actors) {
        return id != null && (services.contains(id) || actors.contains(id));
    }

    /** Namespaces in catalog order, each with its enabled services; namespaces left without services are gone. */
    private static List<TopologyGraph.Group> groups(ServiceSelection selection, Catalog catalog) {
        Map<String, List<ServiceDef>> byNamespace = new LinkedHashMap<>();
        for (NamespaceDef ns : catalog.namespaces()) {
            byNamespace.put(ns.id(), new ArrayList<>());
        }
        for (ServiceDef s : selection.enabled()) {
            byNamespace.computeIfAbsent(s.namespace(), k -> new ArrayList<>()).add(s);
        }
        List<TopologyGraph.Group> groups = new ArrayList<>();
        byNamespace.forEach((id, services) -> {
            if (!services.isEmpty()) {
                NamespaceDef def = catalog.namespace(id)
                        .orElse(new NamespaceDef(id, "", List.of(selection.profile())));
                groups.add(new TopologyGraph.Group(def, services));
            }
        });
        return groups;
    }

    static TopologyGraph.Facts facts(ClusterConfig config, Profile profile) {
        ClusterSpec spec = config.spec();
        Integer controlPlane = null;
        Integer workers = null;
        String vip = null;
        String version = null;
        if (spec != null) {
            controlPlane = spec.controlPlane() == null ? null : spec.controlPlane().count();
            if (spec.workerPools() != null && !spec.workerPools().isEmpty()) {
                workers = spec.workerPools().stream()
                        .map(ClusterSpec.WorkerPool::count)
                        .filter(Objects::nonNull)
                        .mapToInt(Integer::intValue)
                        .sum();
            }
            if (spec.kubernetes() != null) {
                vip = spec.kubernetes().apiVip();
                version = spec.kubernetes().version();
            }
        }
        String name = config.name() == null || config.name().isBlank() ? "unnamed cluster" : config.name();
        return new TopologyGraph.Facts(name, profile, controlPlane, workers, vip, version);
    }
}
