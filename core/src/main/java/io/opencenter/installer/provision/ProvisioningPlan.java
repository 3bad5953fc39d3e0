package io.opencenter.installer.provision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resources of one cluster as a dependency graph, held in a topological order: every resource comes after
 * all of its dependencies. Among resources whose dependencies are met, the order they were given in wins, so the
 * same input always gives the same order. Creation follows {@link #resources()}, destroy {@link #reverseOrder()}.
 *
 * @throws IllegalStateException from the constructor when a key repeats, a dependency is missing, or the
 *                               dependencies form a cycle
 */
public record ProvisioningPlan(String cluster, List<PlannedResource> resources) {

    public ProvisioningPlan {
        resources = List.copyOf(topologicalOrder(resources));
    }

    public Optional<PlannedResource> resource(String key) {
        return resources.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** The keys {@code key} depends on directly. */
    public List<String> dependenciesOf(String key) {
        return require(key).dependsOn();
    }

    /** The keys that depend directly on {@code key}, in plan order. */
    public List<String> dependentsOf(String key) {
        require(key);
        return resources.stream().filter(r -> r.dependsOn().contains(key)).map(PlannedResource::key).toList();
    }

    /** Destroy order: the exact reverse of the creation order, so dependents go before what they use. */
    public List<PlannedResource> reverseOrder() {
        List<PlannedResource> reversed = new ArrayList<>(resources);
        Collections.reverse(reversed);
        return List.copyOf(reversed);
    }

    public List<PlannedResource> ofKind(ResourceKind kind) {
        return resources.stream().filter(r -> r.kind() == kind).toList();
    }

    /** How many resources of each kind; every kind is present, with 0 when the plan has none. */
    public Map<ResourceKind, Integer> countsByKind() {
        Map<ResourceKind, Integer> counts = new EnumMap<>(ResourceKind.class);
        for (ResourceKind kind : ResourceKind.values()) {
            counts.put(kind, 0);
        }
        resources.forEach(r -> counts.merge(r.kind(), 1, Integer::sum));
        return counts;
    }

    public int count(ResourceKind kind) {
        return countsByKind().get(kind);
    }

    private PlannedResource require(String key) {
        return resource(key).orElseThrow(() -> new IllegalArgumentException("no planned resource with key " + key));
    }

    private static List<PlannedResource> topologicalOrder(List<PlannedResource> given) {
        Map<String, PlannedResource> byKey = new LinkedHashMap<>();
        for (PlannedResource r : given) {
            if (byKey.put(r.key(), r) != null) {
                throw new IllegalStateException("plan has two resources with key " + r.key());
            }
        }
        for (PlannedResource r : given) {
            for (String dep : r.dependsOn()) {
                if (!byKey.containsKey(dep)) {
                    throw new IllegalStateException(r.key() + " depends on " + dep + ", which is not in the plan");
                }
            }
        }
        List<PlannedResource> ordered = new ArrayList<>(given.size());
        Set<String> placed = new HashSet<>();
        List<PlannedResource> pending = new ArrayList<>(given);
        while (!pending.isEmpty()) {
            PlannedResource next = pending.stream()
                    .filter(r -> placed.containsAll(r.dependsOn()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("plan dependencies form a cycle among "
                            + pending.stream().map(PlannedResource::key).toList()));
            ordered.add(next);
            placed.add(next.key());
            pending.remove(next);
        }
        return ordered;
    }
}
