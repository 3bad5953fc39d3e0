package io.opencenter.installer.rollout;

import io.opencenter.installer.platform.ServiceDef;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog's edges among the services being rolled out: {@code dependsOn} entries (a service id, or a capability
 * such as {@code storage} that a selected service {@code provides}) are hard dependencies; {@code after} entries
 * only order the catalog. Flux holds a service back for both alike (the generated repository makes every selected
 * {@code after} a {@code dependsOn} too, {@code gitops.FluxDependencies}), so the rollout waits for and is blocked
 * by both ({@link #waitsFor}). References to services that are not selected are dropped: the selection already
 * kept every hard dependency it needs, and an {@code after} on a disabled service means nothing.
 */
final class RolloutGraph {

    private final Map<String, ServiceDef> services = new LinkedHashMap<>();
    private final Map<String, List<String>> needs = new LinkedHashMap<>();
    private final Map<String, List<String>> after = new LinkedHashMap<>();

    RolloutGraph(List<ServiceDef> selected) {
        for (ServiceDef s : selected) {
            if (services.putIfAbsent(s.id(), s) != null) {
                throw new IllegalArgumentException("service " + s.id() + " is given twice");
            }
        }
        for (ServiceDef s : selected) {
            Set<String> hard = new LinkedHashSet<>();
            s.dependsOn().forEach(ref -> hard.addAll(resolve(ref)));
            hard.remove(s.id());
            Set<String> order = new LinkedHashSet<>();
            s.after().forEach(ref -> order.addAll(resolve(ref)));
            order.removeAll(hard);
            order.remove(s.id());
            needs.put(s.id(), List.copyOf(hard));
            after.put(s.id(), List.copyOf(order));
        }
        requireNoCycle();
    }

    List<ServiceDef> services() {
        return List.copyOf(services.values());
    }

    ServiceDef service(String id) {
        return services.get(id);
    }

    boolean contains(String id) {
        return services.containsKey(id);
    }

    /** The selected services this one cannot work without. */
    List<String> needs(String id) {
        return needs.get(id);
    }

    /** The selected services this one merely starts after. */
    List<String> after(String id) {
        return after.get(id);
    }

    /** What Flux holds this one back for: its hard dependencies, then what it starts after. */
    List<String> waitsFor(String id) {
        List<String> all = new ArrayList<>(needs.get(id));
        all.addAll(after.get(id));
        return all;
    }

    /** Every service that waits for {@code id}, directly or through others. */
    Set<String> dependentsOf(String id) {
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            String current = todo.remove(todo.size() - 1);
            for (String s : services.keySet()) {
                if (waitsFor(s).contains(current) && out.add(s)) {
                    todo.add(s);
                }
            }
        }
        return out;
    }

    private List<String> resolve(String ref) {
        if (services.containsKey(ref)) {
            return List.of(ref);
        }
        return services.values().stream().filter(s -> s.provides().contains(ref)).map(ServiceDef::id).toList();
    }

    /** A cycle would leave its services WAITING for ever: refuse it up front, naming it. */
    private void requireNoCycle() {
        Set<String> done = new HashSet<>();
        for (String id : services.keySet()) {
            visit(id, new ArrayList<>(), done);
        }
    }

    private void visit(String id, List<String> path, Set<String> done) {
        if (done.contains(id)) {
            return;
        }
        int at = path.indexOf(id);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(id);
            throw new IllegalArgumentException("the services depend on each other in a cycle: "
                    + String.join(" -> ", cycle));
        }
        path.add(id);
        for (String dep : waitsFor(id)) {
            visit(dep, path, done);
        }
        path.remove(path.size() - 1);
        done.add(id);
    }
}
