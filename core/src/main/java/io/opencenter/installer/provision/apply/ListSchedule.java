package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Simulates the executor's dispatch policy with exact durations and no overhead: at each moment, walk the
 * resources in {@link Priority} order and start every one whose dependencies are done while fewer than
 * {@code parallelism} run and, with the lane, no other Neutron resource runs. It records for each resource what let it start when it did (its last
 * dependency, or the resource that freed the lane or a slot), so the chain behind the finish time can be read
 * back.
 */
final class ListSchedule {

    private final ProvisioningPlan plan;
    private final ToLongFunction<PlannedResource> nanos;
    private final boolean lane;
    private final int parallelism;
    private final Map<String, Long> finish = new HashMap<>();
    private final Map<String, String> blocker = new HashMap<>();

    ListSchedule(ProvisioningPlan plan, ToLongFunction<PlannedResource> nanos, boolean lane, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
        this.plan = plan;
        this.nanos = nanos;
        this.lane = lane;
        this.parallelism = parallelism;
    }

    /** Runs the simulation; returns the finish time of the last resource in nanoseconds. */
    long run() {
        List<PlannedResource> waiting = new ArrayList<>(Priority.order(plan, nanos));
        List<PlannedResource> running = new ArrayList<>();
        List<String> justFinished = new ArrayList<>();
        long now = 0;
        while (!waiting.isEmpty() || !running.isEmpty()) {
            for (var it = waiting.iterator(); it.hasNext(); ) {
                PlannedResource r = it.next();
                if (running.size() < parallelism && depsDone(r, now) && laneFree(r, running)) {
                    it.remove();
                    running.add(r);
                    blocker.put(r.key(), why(r, now, justFinished));
                    finish.put(r.key(), now + Math.max(0, nanos.applyAsLong(r)));
                }
            }
            if (running.isEmpty()) {
                throw new IllegalStateException("nothing can start; the plan is not a DAG");
            }
            now = running.stream().mapToLong(r -> finish.get(r.key())).min().orElseThrow();
            justFinished.clear();
            for (var it = running.iterator(); it.hasNext(); ) {
                PlannedResource r = it.next();
                if (finish.get(r.key()) == now) {
                    it.remove();
                    justFinished.add(r.key());
                }
            }
        }
        return finish.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** The keys from a resource that started at 0 to the one that finished last, each one letting the next start. */
    List<String> chain() {
        String last = null;
        long latest = -1;
        for (PlannedResource r : plan.resources()) {
            long f = finish.get(r.key());
            if (f > latest) {
                latest = f;
                last = r.key();
            }
        }
        List<String> chain = new ArrayList<>();
        for (String k = last; k != null; k = blocker.get(k)) {
            chain.add(k);
        }
        Collections.reverse(chain);
        return List.copyOf(chain);
    }

    private boolean depsDone(PlannedResource r, long now) {
        return r.dependsOn().stream().allMatch(d -> finish.containsKey(d) && finish.get(d) <= now);
    }

    private boolean laneFree(PlannedResource r, List<PlannedResource> running) {
        return !lane || !r.neutronMutating() || running.stream().noneMatch(PlannedResource::neutronMutating);
    }

    /**
     * What made {@code r} start at {@code now}: the dependency that finished last, when it finished just now;
     * otherwise a resource that finished just now and freed what {@code r} waited for (the lane for a Neutron
     * resource, else a slot); null at time 0.
     */
    private String why(PlannedResource r, long now, List<String> justFinished) {
        if (now == 0) {
            return null;
        }
        String lastDep = null;
        for (String d : r.dependsOn()) {
            if (finish.get(d) == now) {
                lastDep = d;
            }
        }
        if (lastDep != null) {
            return lastDep;
        }
        if (lane && r.neutronMutating()) {
            for (String k : justFinished) {
                if (plan.resource(k).orElseThrow().neutronMutating()) {
                    return k;
                }
            }
        }
        return justFinished.isEmpty() ? null : justFinished.get(0);
    }
}
