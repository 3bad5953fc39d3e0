package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.ProvisionListener;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.journal.Journal;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies a plan: adopts what already exists (by tag and name), creates the rest in dependency order with bounded
 * parallelism and the Neutron serialization lane, waits for servers and volumes to become ready, journals every
 * step. Safe to run again at any time: a second apply of a complete cluster creates nothing.
 *
 * <p>Failures: a transient one (5xx, 429, unreachable, timeout) on a create leads to a fresh list of that kind,
 * adoption by name if the create happened after all, else another create — at most {@link Creator#ATTEMPTS}.
 * A permanent one (bad request, quota, conflict, ERROR after {@link ResourceTask#REPLACEMENTS} replacements)
 * fails the resource with the cloud's reason, skips its dependents and lets independent branches go on.
 */
public final class Applier {

    private Applier() {}

    public static ApplyResult apply(ProvisioningPlan plan, InfrastructureCloud cloud, Journal journal,
                                    ApplyOptions options, ProvisionListener listener, Cancellation cancel) {
        return apply(plan, cloud, journal, options, listener, cancel, DurationModel.typical());
    }

    /** @param prior the durations the ETA starts from, before this run has measured any kind */
    public static ApplyResult apply(ProvisioningPlan plan, InfrastructureCloud cloud, Journal journal,
                                    ApplyOptions options, ProvisionListener listener, Cancellation cancel,
                                    DurationModel prior) {
        if (options.parallelism() < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + options.parallelism());
        }
        RunContext run = new RunContext(plan, cloud, options, new RunLog(journal, listener),
                new NeutronLane(options.serializeNeutron()), cancel);
        ExecutorService pool = Executors.newFixedThreadPool(options.parallelism(), workers());
        try {
            return new ApplyRun(run, pool, prior).run();
        } finally {
            pool.shutdown();
        }
    }

    private static ThreadFactory workers() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "apply-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
