package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The order in which ready resources are started when not all can start at once (too few slots, one lane):
 * longest remaining path first — a resource's own duration plus the longest chain of dependents behind it — and
 * plan order between equals. Starting the VIP port before seventeen security-group rules that nothing waits for
 * lets the servers start seconds earlier. Since a dependency's remaining path is never shorter than a dependent's
 * (and plan order breaks ties), this order is also a topological order.
 */
final class Priority {

    private Priority() {}

    /** The plan's resources, most urgent first. */
    static List<PlannedResource> order(ProvisioningPlan plan, ToLongFunction<PlannedResource> nanos) {
        Map<String, Long> remaining = remainingPath(plan, nanos);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < plan.resources().size(); i++) {
            position.put(plan.resources().get(i).key(), i);
        }
        List<PlannedResource> ordered = new ArrayList<>(plan.resources());
        ordered.sort(Comparator.<PlannedResource>comparingLong(r -> -remaining.get(r.key()))
                .thenComparingInt(r -> position.get(r.key())));
        return List.copyOf(ordered);
    }

    /** For each key: its duration plus the longest remaining path among its dependents. */
    static Map<String, Long> remainingPath(ProvisioningPlan plan, ToLongFunction<PlannedResource> nanos) {
        Map<String, List<String>> dependents = new HashMap<>();
        for (PlannedResource r : plan.resources()) {
            for (String d : r.dependsOn()) {
                dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(r.key());
            }
        }
        Map<String, Long> remaining = new HashMap<>();
        List<PlannedResource> reversed = plan.reverseOrder();
        for (PlannedResource r : reversed) {
            long tail = 0;
            for (String dependent : dependents.getOrDefault(r.key(), List.of())) {
                tail = Math.max(tail, remaining.get(dependent));
            }
            remaining.put(r.key(), Math.max(0, nanos.applyAsLong(r)) + tail);
        }
        return remaining;
    }
}
