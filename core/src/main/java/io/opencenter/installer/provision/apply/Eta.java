package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The remaining time of a run: the critical path over the resources not finished yet, with durations per kind
 * taken from what this run measured (mean of the resources it created) and, for kinds not seen yet, from the
 * prior model. A resource under way counts with what is left of its estimate.
 */
final class Eta {

    private final DurationModel prior;
    private final boolean lane;
    private final int parallelism;
    private final Map<ResourceKind, long[]> measured = new EnumMap<>(ResourceKind.class);

    Eta(DurationModel prior, boolean lane, int parallelism) {
        this.prior = prior;
        this.lane = lane;
        this.parallelism = parallelism;
    }

    /** Records how long creating one resource of {@code kind} took (call plus wait). */
    void measured(ResourceKind kind, Duration took) {
        long[] sumAndCount = measured.computeIfAbsent(kind, k -> new long[2]);
        sumAndCount[0] += took.toNanos();
        sumAndCount[1]++;
    }

    Duration estimate(ResourceKind kind) {
        long[] m = measured.get(kind);
        return m == null ? prior.of(kind) : Duration.ofNanos(m[0] / m[1]);
    }

    /**
     * @param remaining resources not finished, in plan order
     * @param started   when each resource under way started (System.nanoTime), others absent
     */
    Duration remaining(List<PlannedResource> remaining, Map<String, Long> started, long now) {
        if (remaining.isEmpty()) {
            return Duration.ZERO;
        }
        Set<String> keys = new java.util.HashSet<>();
        remaining.forEach(r -> keys.add(r.key()));
        List<PlannedResource> trimmed = remaining.stream()
                .map(r -> new PlannedResource(r.key(), r.kind(), r.name(), r.tags(), r.attributes(),
                        r.dependsOn().stream().filter(keys::contains).toList()))
                .toList();
        ProvisioningPlan rest = new ProvisioningPlan("eta", trimmed);
        return CriticalPath.of(rest, r -> left(r, started.get(r.key()), now), lane, parallelism).length();
    }

    private Duration left(PlannedResource r, Long startedAt, long now) {
        Duration full = estimate(r.kind());
        if (startedAt == null) {
            return full;
        }
        Duration left = full.minusNanos(now - startedAt);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
