package io.opencenter.installer.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog's dependencies within one profile: capability references resolved to the services that provide
 * them there, and services put into rollout waves (each wave depends only on earlier ones).
 */
final class DependencyGraph {
    private final Catalog catalog;
    private final Profile profile;

    DependencyGraph(Catalog catalog, Profile profile) {
        this.catalog = catalog;
        this.profile = profile;
    }

    /**
     * The ids a reference stands for in this profile: the service itself if it runs here, otherwise every
     * service here that {@code provides} it as a capability. Empty when nothing matches.
     */
    List<String> resolve(String ref) {
        var direct = catalog.service(ref);
        if (direct.isPresent()) {
            return direct.get().in(profile) ? List.of(ref) : List.of();
        }
        return catalog.services(profile).stream()
                .filter(s -> s.provides().contains(ref))
                .map(ServiceDef::id)
                .toList();
    }

    /** The services {@code service} hard-depends on in this profile. */
    List<String> hardDependencies(ServiceDef service) {
        Set<String> ids = new LinkedHashSet<>();
        service.dependsOn().forEach(ref -> ids.addAll(resolve(ref)));
        return List.copyOf(ids);
    }

    /** Hard dependencies plus the {@code after} hints, both limited to {@code present}. */
    private List<String> orderingDependencies(ServiceDef service, Set<String> present) {
        Set<String> ids = new LinkedHashSet<>(hardDependencies(service));
        service.after().forEach(ref -> ids.addAll(resolve(ref)));
        ids.retainAll(present);
        return List.copyOf(ids);
    }

    /**
     * Kahn's algorithm, keeping catalog order inside a wave so the result is stable.
     *
     * @throws IllegalStateException naming a dependency cycle, if there is one
     */
    List<List<ServiceDef>> waves(Collection<ServiceDef> services) {
        Set<String> present = new LinkedHashSet<>();
        services.forEach(s -> present.add(s.id()));
        Map<String, List<String>> needs = new LinkedHashMap<>();
        for (ServiceDef s : services) {
            needs.put(s.id(), orderingDependencies(s, present));
        }
        List<List<ServiceDef>> waves = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        List<ServiceDef> remaining = new ArrayList<>(services);
        while (!remaining.isEmpty()) {
            List<ServiceDef> wave = remaining.stream().filter(s -> done.containsAll(needs.get(s.id()))).toList();
            if (wave.isEmpty()) {
                throw new IllegalStateException("dependency cycle in profile " + profile.id() + ": "
                        + String.join(" -> ", findCycle(needs, remaining)));
            }
            wave.forEach(s -> done.add(s.id()));
            remaining.removeAll(wave);
            waves.add(wave);
        }
        return waves;
    }

    /** Walks "needs" edges from a stuck service until one repeats; that stretch is a cycle. */
    private static List<String> findCycle(Map<String, List<String>> needs, List<ServiceDef> stuck) {
        Set<String> stuckIds = new LinkedHashSet<>();
        stuck.forEach(s -> stuckIds.add(s.id()));
        List<String> path = new ArrayList<>();
        String current = stuck.get(0).id();
        while (!path.contains(current)) {
            path.add(current);
            current = needs.get(current).stream().filter(stuckIds::contains).findFirst().orElseThrow();
        }
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
        cycle.add(current);
        return cycle;
    }
}
