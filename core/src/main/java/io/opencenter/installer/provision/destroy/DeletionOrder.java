package io.opencenter.installer.provision.destroy;

import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.ResourceKind;
import java.util.Comparator;
import java.util.List;

/**
 * The order destroy deletes kinds in: whatever uses something goes before it. The cluster's application credential
 * goes first, so that its cloud controller manager and CSI driver cannot make new load balancers or volumes behind
 * destroy's back. Servers hold ports, volumes, the server group and the keypair; load balancers (the CCM's) hold
 * ports and floating IPs; floating IPs hold the VIP port; router interfaces hold the subnet; ports hold subnet and
 * security groups. Security-group rules are not a step of their own: Neutron deletes them with their group.
 */
final class DeletionOrder {

    static final List<ResourceKind> KINDS = List.of(
            ResourceKind.APPLICATION_CREDENTIAL,
            ResourceKind.SERVER,
            ResourceKind.LOAD_BALANCER,
            ResourceKind.FLOATING_IP,
            ResourceKind.VOLUME,
            ResourceKind.ROUTER_INTERFACE,
            ResourceKind.PORT,
            ResourceKind.ROUTER,
            ResourceKind.SUBNET,
            ResourceKind.NETWORK,
            ResourceKind.SECURITY_GROUP_RULE,
            ResourceKind.SECURITY_GROUP,
            ResourceKind.SERVER_GROUP,
            ResourceKind.KEYPAIR);

    /** Kinds that linger after the delete call answers, so destroy waits until they are gone. */
    static boolean slowToGo(ResourceKind kind) {
        return kind == ResourceKind.SERVER || kind == ResourceKind.VOLUME || kind == ResourceKind.LOAD_BALANCER;
    }

    static final Comparator<CloudObject> COMPARATOR = Comparator.comparingInt(o -> KINDS.indexOf(o.kind()));

    private DeletionOrder() {}
}
