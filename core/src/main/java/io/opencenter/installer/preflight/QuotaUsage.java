package io.opencenter.installer.preflight;

import io.opencenter.installer.openstack.OpenStackGateway.Flavor;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.SecurityGroupRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What planned resources use of each project quota: the one mapping from the plan to the quotas, applied to the
 * whole plan (what the install needs) and to the part of it the cluster already holds (what a resumed install does
 * not need again). Cores and RAM come from the planned servers' flavors; a flavor the cloud does not have adds
 * nothing and is named in {@code unknownFlavors}, so the lines stay a lower bound rather than a guess.
 *
 * <p>Two things Neutron creates on its own count as well: the DHCP port of every subnet and the default egress
 * rules of every security group. A router interface is a port on the subnet owned by the project. The router's
 * gateway port and the floating IP's port are on the external network and belong to no project.
 */
public record QuotaUsage(Map<QuotaResource, Long> counts, List<String> unknownFlavors) {

    /** Ports Neutron adds per subnet without being asked: its DHCP port. */
    public static final int IMPLICIT_PORTS_PER_SUBNET = 1;

    public QuotaUsage {
        counts = Map.copyOf(counts);
        unknownFlavors = List.copyOf(unknownFlavors);
    }

    public static QuotaUsage of(Collection<PlannedResource> resources, List<Flavor> flavors) {
        Map<QuotaResource, Long> n = new EnumMap<>(QuotaResource.class);
        for (QuotaResource r : QuotaResource.values()) {
            n.put(r, 0L);
        }
        List<String> unknown = new ArrayList<>();
        for (PlannedResource r : resources) {
            switch (r.kind()) {
                case SERVER -> {
                    add(n, QuotaResource.INSTANCES, 1);
                    String flavorName = ((ResourceAttributes.Server) r.attributes()).flavor();
                    Optional<Flavor> flavor = CloudLookup.flavor(flavors, flavorName);
                    if (flavor.isPresent()) {
                        add(n, QuotaResource.CORES, flavor.get().vcpus());
                        add(n, QuotaResource.RAM_MB, flavor.get().ramMb());
                    } else if (flavorName != null && !unknown.contains(flavorName)) {
                        unknown.add(flavorName);
                    }
                }
                case VOLUME -> {
                    add(n, QuotaResource.VOLUMES, 1);
                    add(n, QuotaResource.GIGABYTES, ((ResourceAttributes.Volume) r.attributes()).sizeGb());
                }
                case SERVER_GROUP -> add(n, QuotaResource.SERVER_GROUPS, 1);
                case KEYPAIR -> add(n, QuotaResource.KEY_PAIRS, 1);
                case NETWORK -> add(n, QuotaResource.NETWORKS, 1);
                case SUBNET -> {
                    add(n, QuotaResource.SUBNETS, 1);
                    add(n, QuotaResource.PORTS, IMPLICIT_PORTS_PER_SUBNET);
                }
                case ROUTER -> add(n, QuotaResource.ROUTERS, 1);
                case PORT, ROUTER_INTERFACE -> add(n, QuotaResource.PORTS, 1);
                case FLOATING_IP -> add(n, QuotaResource.FLOATING_IPS, 1);
                case SECURITY_GROUP -> {
                    add(n, QuotaResource.SECURITY_GROUPS, 1);
                    add(n, QuotaResource.SECURITY_GROUP_RULES, SecurityGroupRules.DEFAULT_EGRESS_RULES_PER_GROUP);
                }
                case SECURITY_GROUP_RULE -> add(n, QuotaResource.SECURITY_GROUP_RULES, 1);
                default -> { } // load balancers and the like are never planned, so never counted
            }
        }
        return new QuotaUsage(n, unknown);
    }

    public long get(QuotaResource resource) {
        return counts.getOrDefault(resource, 0L);
    }

    /** This usage less {@code held}, never below zero (what remains to be created). */
    public QuotaUsage minus(QuotaUsage held) {
        Map<QuotaResource, Long> n = new EnumMap<>(QuotaResource.class);
        counts.forEach((r, v) -> n.put(r, Math.max(0, v - held.get(r))));
        return new QuotaUsage(n, unknownFlavors);
    }

    private static void add(Map<QuotaResource, Long> n, QuotaResource r, long amount) {
        n.merge(r, amount, Long::sum);
    }
}
