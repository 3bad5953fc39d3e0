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

    /**
     * The unplaced content of the diagram. Flows come from {@link Catalog#dataFlows(ServiceSelection)}: only the
     * selection's profile, only steps between running services and actors, no dead-end remainders; a flow keeps
     * the number (and color) of its name in the catalog and each step its position in the catalog's flow, so
     * nothing renumbers when the user toggles a service.
     */
    public static TopologyGraph graph(TopologyGraph.Facts facts, ServiceSelection selection, Catalog catalog) {
        Profile profile = selection.profile();
        Set<String> serviceIds = new LinkedHashSet<>();
        selection.enabled().forEach(s -> serviceIds.add(s.id()));
        Map<String, List<String>> dependencies = new LinkedHashMap<>();
        for (ServiceDef s : selection.enabled()) {
            dependencies.put(s.id(), catalog.dependencies(s.id(), profile).stream()
                    .filter(serviceIds::contains).toList());
        }
        List<String> flowNames = new ArrayList<>();
        catalog.dataFlows().forEach(f -> {
            if (!flowNames.contains(displayName(f))) {
                flowNames.add(displayName(f));
            }
        });
        List<TopologyGraph.Flow> flows = new ArrayList<>();
        Set<String> usedActors = new LinkedHashSet<>();
        for (DataFlow kept : catalog.dataFlows(selection)) {
            DataFlow original = catalog.dataFlows(profile).stream().filter(f -> f.id().equals(kept.id()))
                    .findFirst().orElse(kept);
            List<TopologyGraph.Step> steps = numbered(kept, original);
            steps.forEach(st -> {
                if (!serviceIds.contains(st.from())) {
                    usedActors.add(st.from());
                }
                if (!serviceIds.contains(st.to())) {
                    usedActors.add(st.to());
                }
            });
            int number = flowNames.indexOf(displayName(kept)) + 1;
            flows.add(new TopologyGraph.Flow(kept.id(), displayName(kept), kept.description(), number, number - 1,
                    steps));
        }
        List<Actor> actors = catalog.actors().stream().filter(a -> usedActors.contains(a.id())).toList();
        return new TopologyGraph(facts, groups(selection, catalog), dependencies, actors, flows);
    }

    /** The kept steps, each numbered by its position in the catalog's version of the flow. */
    private static List<TopologyGraph.Step> numbered(DataFlow kept, DataFlow original) {
        List<TopologyGraph.Step> steps = new ArrayList<>();
        int next = 0;
        for (DataFlow.Step step : kept.steps()) {
            int position = original.steps().subList(next, original.steps().size()).indexOf(step);
            int index = position < 0 ? next : next + position;
            next = index + 1;
            steps.add(new TopologyGraph.Step(index + 1, step.from(), step.to(), Objects.toString(step.label(), "")));
        }
        return steps;
    }

    private static String displayName(DataFlow flow) {
        return flow.name() == null || flow.name().isBlank() ? flow.id() : flow.name();
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
