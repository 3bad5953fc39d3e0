package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.ProvisionListener;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.journal.Journal;

/**
 * Applies a plan: adopts what already exists (by tag and name), creates the rest in dependency order with bounded
 * parallelism and the Neutron serialization lane, waits for servers and volumes to become ready, journals every
 * step. Safe to run again at any time: a second apply of a complete cluster creates nothing.
 */
public final class Applier {

    private Applier() {}

    public static ApplyResult apply(ProvisioningPlan plan, InfrastructureCloud cloud, Journal journal,
                                    ApplyOptions options, ProvisionListener listener, Cancellation cancel) {
        throw new UnsupportedOperationException("TODO(issue 5): executor");
    }
}
