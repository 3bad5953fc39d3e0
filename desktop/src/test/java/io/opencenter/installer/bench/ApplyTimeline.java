package io.opencenter.installer.bench;

import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProgressSnapshot;
import io.opencenter.installer.provision.ProvisionListener;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceEvent;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceState;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Where an apply's time went, from its own progress events: when each resource started (first CREATING) and was
 * READY, measured with this JVM's monotonic clock. Compared with the model it gives, per kind, how much longer a
 * resource took than its calls and waits should (poll overshoot, client overhead), and how long ready resources
 * waited for a worker or the lane (dispatch delay), plus the time before the first create (the listing of what
 * exists).
 */
final class ApplyTimeline implements ProvisionListener {

    private final long t0 = System.nanoTime();
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final Map<String, Long> ready = new ConcurrentHashMap<>();

    @Override
    public void resource(ResourceEvent e) {
        long now = System.nanoTime() - t0;
        if (e.state() == ResourceState.CREATING) {
            started.putIfAbsent(e.key(), now);
        } else if (e.state() == ResourceState.READY) {
            ready.put(e.key(), now);
        }
    }

    @Override
    public void progress(ProgressSnapshot progress) {}

    /** The figures for apply.json, in milliseconds. */
    Map<String, Object> analyse(ProvisioningPlan plan, Function<PlannedResource, Duration> model) {
        Map<ResourceKind, double[]> perKind = new EnumMap<>(ResourceKind.class); // {count, took, model, waited}
        long firstStart = Long.MAX_VALUE;
        for (PlannedResource r : plan.resources()) {
            Long s = started.get(r.key());
            Long f = ready.get(r.key());
            if (s == null || f == null) {
                continue;
            }
            firstStart = Math.min(firstStart, s);
            long depsReady = r.dependsOn().stream().mapToLong(d -> ready.getOrDefault(d, 0L)).max().orElse(0L);
            double[] k = perKind.computeIfAbsent(r.kind(), x -> new double[4]);
            k[0]++;
            k[1] += ms(f - s);
            k[2] += model.apply(r).toNanos() / 1e6;
            k[3] += ms(Math.max(0, s - Math.max(depsReady, firstStart)));
        }
        Map<String, Object> kinds = new LinkedHashMap<>();
        perKind.forEach((kind, k) -> kinds.put(kind.name(), Map.of(
                "count", (int) k[0],
                "meanTookMs", round(k[1] / k[0]),
                "modelMs", round(k[2] / k[0]),
                "meanOverModelMs", round((k[1] - k[2]) / k[0]),
                "meanDispatchDelayMs", round(k[3] / k[0]))));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("beforeFirstCreateMs", firstStart == Long.MAX_VALUE ? null : round(ms(firstStart)));
        out.put("lastReadyMs", round(ms(ready.values().stream().mapToLong(Long::longValue).max().orElse(0))));
        out.put("perKind", kinds);
        return out;
    }

    /** The measured chain: resource keys in the order they became ready, for reading a slow run. */
    List<String> readyOrder() {
        return ready.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
