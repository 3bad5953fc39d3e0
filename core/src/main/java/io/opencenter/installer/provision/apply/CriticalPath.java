package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The shortest time a plan can possibly take: the longest dependency chain, where with {@code serializeNeutron}
 * the Neutron creates also form one chain of their own (the lane), and with {@code parallelism} no more than that
 * many run at once. Used for the plan's estimated duration, apply's ETA and the benchmark's floor.
 *
 * <p>It is computed by simulating the executor's own dispatch policy ({@link ListSchedule}) with exact durations
 * and zero overhead: resources start as soon as their dependencies are done, a free slot exists and, with the
 * lane, no other Neutron resource is being created; when several could start, the one with the longest remaining
 * path goes first ({@link Priority}), then plan order. Without the lane and with enough parallelism
 * this is exactly the longest weighted path through the DAG; with the lane, the Neutron resources additionally
 * run one after the other; with parallelism 1 it is the sum of all durations. <b>This is the floor the benchmark
 * compares the measured apply time against</b>: the executor cannot beat it except by luck in durations, so a
 * ratio near 1 means the executor adds little overhead of its own.
 *
 * @param chain the plan keys that determine the length, first to last: each one let the next start, either as
 *              its dependency or by freeing the lane or a slot
 */
public record CriticalPath(Duration length, List<String> chain) {

    public CriticalPath {
        chain = List.copyOf(chain);
    }

    public static CriticalPath of(ProvisioningPlan plan, DurationModel durations, boolean serializeNeutron,
                                  int parallelism) {
        return of(plan, r -> durations.of(r.kind()), serializeNeutron, parallelism);
    }

    /** With a duration per resource (apply's ETA uses what is left of resources already under way). */
    public static CriticalPath of(ProvisioningPlan plan, Function<PlannedResource, Duration> durations,
                                  boolean serializeNeutron, int parallelism) {
        ListSchedule schedule = new ListSchedule(plan, r -> durations.apply(r).toNanos(), serializeNeutron,
                parallelism);
        long nanos = schedule.run();
        return new CriticalPath(Duration.ofNanos(nanos), schedule.chain());
    }
}
