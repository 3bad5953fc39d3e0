package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.ProvisioningPlan;
import java.time.Duration;
import java.util.List;

/**
 * The shortest time a plan can possibly take: the longest dependency chain, where with {@code serializeNeutron}
 * the Neutron creates also form one chain of their own (the lane), and with {@code parallelism} no more than that
 * many run at once. Used for the plan's estimated duration, apply's ETA and the benchmark's floor.
 */
public record CriticalPath(Duration length, List<String> chain) {

    public static CriticalPath of(ProvisioningPlan plan, DurationModel durations, boolean serializeNeutron,
                                  int parallelism) {
        throw new UnsupportedOperationException("TODO(issue 5): critical path");
    }
}
