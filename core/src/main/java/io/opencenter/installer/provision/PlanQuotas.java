package io.opencenter.installer.provision;

import io.opencenter.installer.openstack.preflight.QuotaResource;
import io.opencenter.installer.openstack.preflight.SecurityGroupRules;
import io.opencenter.installer.provision.ResourceAttributes.Volume;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a plan uses of each project quota, for the quotas that need no flavor data (cores and RAM are left out:
 * preflight's {@code InfrastructureNeeds} computes them from the flavors). Two things Neutron creates on its own
 * count as well: the DHCP port of the subnet and the default egress rules of every security group.
 */
public final class PlanQuotas {

    /** Ports Neutron adds for the plan without being asked: the subnet's DHCP port. */
    public static final int IMPLICIT_PORTS = 1;

    private PlanQuotas() {}

    public static Map<QuotaResource, Long> of(ProvisioningPlan plan) {
        Map<ResourceKind, Integer> n = plan.countsByKind();
        Map<QuotaResource, Long> q = new EnumMap<>(QuotaResource.class);
        q.put(QuotaResource.INSTANCES, (long) n.get(ResourceKind.SERVER));
        q.put(QuotaResource.VOLUMES, (long) n.get(ResourceKind.VOLUME));
        q.put(QuotaResource.GIGABYTES, plan.ofKind(ResourceKind.VOLUME).stream()
                .mapToLong(r -> ((Volume) r.attributes()).sizeGb()).sum());
        q.put(QuotaResource.SERVER_GROUPS, (long) n.get(ResourceKind.SERVER_GROUP));
        q.put(QuotaResource.KEY_PAIRS, (long) n.get(ResourceKind.KEYPAIR));
        q.put(QuotaResource.NETWORKS, (long) n.get(ResourceKind.NETWORK));
        q.put(QuotaResource.SUBNETS, (long) n.get(ResourceKind.SUBNET));
        q.put(QuotaResource.ROUTERS, (long) n.get(ResourceKind.ROUTER));
        // A router interface is a port on the subnet owned by the project.
        q.put(QuotaResource.PORTS, (long) n.get(ResourceKind.PORT) + n.get(ResourceKind.ROUTER_INTERFACE)
                + (n.get(ResourceKind.SUBNET) > 0 ? IMPLICIT_PORTS : 0));
        q.put(QuotaResource.FLOATING_IPS, (long) n.get(ResourceKind.FLOATING_IP));
        q.put(QuotaResource.SECURITY_GROUPS, (long) n.get(ResourceKind.SECURITY_GROUP));
        q.put(QuotaResource.SECURITY_GROUP_RULES, (long) n.get(ResourceKind.SECURITY_GROUP_RULE)
                + (long) n.get(ResourceKind.SECURITY_GROUP) * SecurityGroupRules.DEFAULT_EGRESS_RULES_PER_GROUP);
        return q;
    }
}
