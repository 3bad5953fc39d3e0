package io.opencenter.installer.ui.wizard.review;

import io.opencenter.installer.install.ClusterPlans;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the Review page shows about the plan of one config: a row per resource, counts by kind, and the estimated
 * time of the infrastructure phase (empty while the engine cannot estimate). Built off the FX thread.
 */
public record PlanReview(ClusterConfig config, List<Row> rows, Map<ResourceKind, Integer> counts,
                         Optional<Duration> estimate) {

    /** One planned resource; {@code dependsOn} holds the names (not keys) of what it waits for. */
    public record Row(String key, ResourceKind kind, String name, List<String> dependsOn) {
        public Row {
            dependsOn = List.copyOf(dependsOn);
        }
    }

    public PlanReview {
        rows = List.copyOf(rows);
        counts = Map.copyOf(counts);
    }

    public static PlanReview of(ClusterConfig config) {
        ProvisioningPlan plan = ClusterPlans.of(config);
        Map<String, String> names = plan.resources().stream()
                .collect(Collectors.toMap(PlannedResource::key, PlannedResource::name));
        List<Row> rows = plan.resources().stream()
                .map(r -> new Row(r.key(), r.kind(), r.name(), r.dependsOn().stream().map(names::get).toList()))
                .toList();
        Map<ResourceKind, Integer> counts = plan.countsByKind().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new PlanReview(config, rows, counts, Optional.of(ClusterPlans.estimate(config, plan).length()));
    }

    public int total() {
        return rows.size();
    }

    /** Counts in the plan's order of kinds, e.g. for "1 network · 1 subnet · 4 servers". */
    public List<Map.Entry<ResourceKind, Integer>> orderedCounts() {
        return counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .toList();
    }
}
