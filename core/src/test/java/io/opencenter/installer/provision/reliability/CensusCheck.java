package io.opencenter.installer.provision.reliability;

import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceAttributes.RouterInterface;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.reliability.CloudCensus.Found;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares what the cloud holds of a cluster ({@link CloudCensus}) with its plan: every planned resource exactly
 * once by name within its kind, nothing the plan does not have, everything that can carry the cluster tag carrying
 * it. Answers with the list of differences (empty = the cloud holds exactly the plan), so a failing test names all
 * of them at once.
 */
final class CensusCheck {

    private CensusCheck() {}

    static List<String> differences(ProvisioningPlan plan, Map<ResourceKind, List<Found>> census) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<ResourceKind, List<Found>> e : census.entrySet()) {
            ResourceKind kind = e.getKey();
            Map<String, Long> expected = counts(plan.ofKind(kind), r -> expectedName(plan, r));
            Map<String, Long> actual = counts(e.getValue(), Found::name);
            for (Map.Entry<String, Long> want : expected.entrySet()) {
                long have = actual.getOrDefault(want.getKey(), 0L);
                if (have != want.getValue()) {
                    problems.add(kind + " " + want.getKey() + ": " + have + " on the cloud, planned "
                            + want.getValue());
                }
            }
            actual.keySet().stream().filter(name -> !expected.containsKey(name)).forEach(name ->
                    problems.add(kind + " " + name + ": on the cloud, not planned (" + actual.get(name) + "x)"));
            e.getValue().stream().filter(f -> !f.tagged()).forEach(f ->
                    problems.add(kind + " " + f.name() + " (" + f.id() + "): without the cluster tag"));
        }
        return problems;
    }

    /** How many of each kind, for reports: {@code {NETWORK=1, ...}} with only non-zero kinds. */
    static Map<String, Integer> summary(Map<ResourceKind, List<Found>> census) {
        Map<String, Integer> counts = new TreeMap<>();
        census.forEach((kind, found) -> {
            if (!found.isEmpty()) {
                counts.put(kind.name(), found.size());
            }
        });
        return counts;
    }

    /** A router interface has no name of its own: the census calls it "router name|subnet name". */
    private static String expectedName(ProvisioningPlan plan, PlannedResource r) {
        if (r.attributes() instanceof RouterInterface ri) {
            return plan.resource(ri.routerKey()).orElseThrow().name() + "|"
                    + plan.resource(ri.subnetKey()).orElseThrow().name();
        }
        return r.name();
    }

    private static <T> Map<String, Long> counts(List<T> items, Function<T, String> name) {
        if (items.isEmpty()) {
            return Collections.emptyMap();
        }
        return items.stream().collect(Collectors.groupingBy(name, TreeMap::new, Collectors.counting()));
    }
}
