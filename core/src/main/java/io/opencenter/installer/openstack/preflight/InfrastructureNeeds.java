package io.opencenter.installer.openstack.preflight;

import io.opencenter.installer.openstack.OpenStackGateway.Flavor;
import io.opencenter.installer.spec.ClusterConfig;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the provisioning plan creates on the cloud for one config, counted per quota. Cores and RAM need the
 * flavors; a flavor that does not exist adds nothing and is listed in {@code unknownFlavors} (preflight reports
 * it separately, so the quota lines stay a lower bound rather than a guess).
 *
 * <p>Ports: one per node, the VIP port (fixed {@code apiVip}), the router's interface on the subnet, and the
 * DHCP port Neutron adds to the subnet for its DHCP agent (it belongs to the project and counts). The router's
 * gateway port and the floating IP's port are on the external network and belong to no project.
 */
public record InfrastructureNeeds(Map<QuotaResource, Long> counts, List<String> unknownFlavors) {

    /** Ports besides the nodes': the VIP port, the router interface and the subnet's DHCP port. */
    public static final int EXTRA_PORTS = 3;

    public InfrastructureNeeds {
        counts = Map.copyOf(counts);
        unknownFlavors = List.copyOf(unknownFlavors);
    }

    public static InfrastructureNeeds of(ClusterConfig config, List<Flavor> flavors) {
        Map<QuotaResource, Long> n = new EnumMap<>(QuotaResource.class);
        for (QuotaResource r : QuotaResource.values()) {
            n.put(r, 0L);
        }
        List<String> unknown = new ArrayList<>();
        long nodes = 0;
        for (NodeGroup group : NodeGroup.of(config)) {
            nodes += group.count();
            Optional<Flavor> flavor = CloudLookup.flavor(flavors, group.flavor());
            if (flavor.isPresent()) {
                add(n, QuotaResource.CORES, (long) group.count() * flavor.get().vcpus());
                add(n, QuotaResource.RAM_MB, (long) group.count() * flavor.get().ramMb());
            } else if (group.count() > 0 && group.flavor() != null && !unknown.contains(group.flavor())) {
                unknown.add(group.flavor());
            }
            if (group.bootsFromVolume()) {
                add(n, QuotaResource.VOLUMES, group.count());
                add(n, QuotaResource.GIGABYTES, (long) group.count() * group.volumeSizeGb());
            }
        }
        n.put(QuotaResource.INSTANCES, nodes);
        n.put(QuotaResource.SERVER_GROUPS, 1L);
        boolean sshKey = config.spec() != null && config.spec().sshPublicKeyFile() != null
                && !config.spec().sshPublicKeyFile().isBlank();
        n.put(QuotaResource.KEY_PAIRS, sshKey ? 1L : 0L);
        n.put(QuotaResource.NETWORKS, 1L);
        n.put(QuotaResource.SUBNETS, 1L);
        n.put(QuotaResource.ROUTERS, 1L);
        n.put(QuotaResource.PORTS, nodes + EXTRA_PORTS);
        n.put(QuotaResource.FLOATING_IPS, 1L);
        n.put(QuotaResource.SECURITY_GROUPS, (long) SecurityGroupRules.groupCount());
        n.put(QuotaResource.SECURITY_GROUP_RULES, (long) SecurityGroupRules.quotaCount());
        return new InfrastructureNeeds(n, unknown);
    }

    public long get(QuotaResource resource) {
        return counts.getOrDefault(resource, 0L);
    }

    private static void add(Map<QuotaResource, Long> n, QuotaResource r, long amount) {
        n.merge(r, amount, Long::sum);
    }
}
