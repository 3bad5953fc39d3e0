package io.opencenter.installer.provision.destroy;

import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.ProvisionListener;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.apply.ApplyOptions;
import io.opencenter.installer.provision.journal.Journal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes a cluster from the cloud: dependents before what they use (servers, then volumes and floating IPs,
 * ports, router interfaces, router, subnet, network, security groups, server group, keypair), including leftovers
 * of failed creates and what the cluster itself made (CSI volumes, CCM load balancers). Idempotent.
 */
public final class Destroyer {

    private Destroyer() {}

    /**
     * Lists every kind for the cluster (tagged, plus untagged leftovers named {@code <cluster>-...}) and what the
     * cluster made itself, each group in deletion order. Security-group rules are left out when their groups are
     * in the list: deleting a group deletes its rules, and the cloud lists rules only from the cluster's groups.
     */
    public static DestroyInventory inventory(String cluster, InfrastructureCloud cloud) {
        Map<String, CloudObject> unique = new LinkedHashMap<>();
        for (ResourceKind kind : DeletionOrder.KINDS) {
            if (kind != ResourceKind.LOAD_BALANCER) {
                cloud.list(kind, cluster).forEach(o -> unique.putIfAbsent(o.kind() + "/" + o.id(), o));
            }
        }
        cloud.clusterCreated(cluster).forEach(o -> unique.putIfAbsent(o.kind() + "/" + o.id(), o));
        List<CloudObject> all = new ArrayList<>(unique.values());
        if (all.stream().anyMatch(o -> o.kind() == ResourceKind.SECURITY_GROUP)) {
            all.removeIf(o -> o.kind() == ResourceKind.SECURITY_GROUP_RULE);
        }
        all.sort(DeletionOrder.COMPARATOR);
        return new DestroyInventory(cluster, ofOrigin(all, CloudObject.Origin.INSTALLER),
                ofOrigin(all, CloudObject.Origin.CSI), ofOrigin(all, CloudObject.Origin.CCM));
    }

    public static DestroyResult destroy(DestroyInventory inventory, InfrastructureCloud cloud, Journal journal,
                                        ProvisionListener listener, Cancellation cancel) {
        return destroy(inventory, cloud, journal, listener, cancel, ApplyOptions.of(1, true));
    }

    /** @param timing poll interval, its maximum, and how long to wait for one object to disappear */
    public static DestroyResult destroy(DestroyInventory inventory, InfrastructureCloud cloud, Journal journal,
                                        ProvisionListener listener, Cancellation cancel, ApplyOptions timing) {
        return new DestroyRun(cloud, journal, listener, cancel, timing).run(inventory);
    }

    private static List<CloudObject> ofOrigin(List<CloudObject> all, CloudObject.Origin origin) {
        return all.stream().filter(o -> o.origin() == origin).toList();
    }
}
