package io.opencenter.installer.platform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The services that will run: every service of the profile not disabled by the user, plus any disabled one that
 * an enabled service depends on ({@code keptBecause} names who needs it, so the UI can say why). Disabling a
 * group's owner (e.g. {@code harbor}) disables its parts too; a required service is never disabled.
 */
public record ServiceSelection(Profile profile, List<ServiceDef> enabled, Set<String> disabled,
                               Map<String, List<String>> keptBecause) {

    public ServiceSelection {
        enabled = List.copyOf(enabled);
        disabled = Set.copyOf(disabled);
        keptBecause = Map.copyOf(keptBecause);
    }

    static ServiceSelection of(Catalog catalog, Profile profile, Collection<String> requestedOff) {
        Set<String> off = switchedOff(catalog, profile, requestedOff);
        DependencyGraph graph = new DependencyGraph(catalog, profile);
        Set<String> on = new LinkedHashSet<>();
        Map<String, List<String>> kept = new LinkedHashMap<>();
        Deque<String> todo = new ArrayDeque<>();
        for (ServiceDef s : catalog.services(profile)) {
            if (!off.contains(s.id())) {
                todo.add(s.id());
            }
        }
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (!on.add(id)) {
                continue;
            }
            ServiceDef service = catalog.service(id).orElseThrow();
            for (String dep : graph.hardDependencies(service)) {
                if (off.contains(dep)) {
                    kept.computeIfAbsent(dep, k -> new ArrayList<>()).add(id);
                }
                todo.add(dep);
            }
        }
        off.removeAll(on);
        List<ServiceDef> enabled = catalog.services(profile).stream().filter(s -> on.contains(s.id())).toList();
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        kept.forEach((k, v) -> frozen.put(k, List.copyOf(new LinkedHashSet<>(v))));
        return new ServiceSelection(profile, enabled, off, frozen);
    }

    /** The optional services asked off, plus every part of an owner asked off. Unknown and required ids are ignored. */
    private static Set<String> switchedOff(Catalog catalog, Profile profile, Collection<String> requestedOff) {
        Set<String> off = new LinkedHashSet<>();
        for (String id : requestedOff) {
            catalog.service(id).filter(s -> !s.required()).ifPresent(s -> off.add(id));
        }
        for (ServiceDef s : catalog.services(profile)) {
            if (s.isPart() && off.contains(s.partOf())) {
                off.add(s.id());
            }
        }
        return off;
    }

    public boolean isEnabled(String id) {
        return enabled.stream().anyMatch(s -> s.id().equals(id));
    }

    /** Namespaces that hold at least one enabled service. */
    public Set<String> namespaceIds() {
        Set<String> ids = new LinkedHashSet<>();
        enabled.forEach(s -> ids.add(s.namespace()));
        return ids;
    }

    /** Gigabytes of persistent volumes the enabled services claim (quota preflight). */
    public int storageGb() {
        return enabled.stream().mapToInt(ServiceDef::storageGb).sum();
    }

    /** Number of persistent volumes the enabled services claim (quota preflight). */
    public int volumeCount() {
        return enabled.stream().mapToInt(ServiceDef::volumeCount).sum();
    }
}
