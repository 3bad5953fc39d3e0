package io.opencenter.installer.provision.destroy;

import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.ProvisionListener;
import io.opencenter.installer.provision.journal.Journal;

/**
 * Removes a cluster from the cloud: dependents before what they use (servers, then volumes and floating IPs,
 * ports, router interfaces, router, subnet, network, security groups, server group, keypair), including leftovers
 * of failed creates and what the cluster itself made (CSI volumes, CCM load balancers). Idempotent.
 */
public final class Destroyer {

    private Destroyer() {}

    public static DestroyInventory inventory(String cluster, InfrastructureCloud cloud) {
        throw new UnsupportedOperationException("TODO(issue 5): destroy");
    }

    public static DestroyResult destroy(DestroyInventory inventory, InfrastructureCloud cloud, Journal journal,
                                        ProvisionListener listener, Cancellation cancel) {
        throw new UnsupportedOperationException("TODO(issue 5): destroy");
    }
}
