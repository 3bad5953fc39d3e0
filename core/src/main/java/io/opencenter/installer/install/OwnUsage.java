package io.opencenter.installer.install;

import io.opencenter.installer.openstack.OpenStackGateway.Flavor;
import io.opencenter.installer.openstack.preflight.CloudLookup;
import io.opencenter.installer.openstack.preflight.QuotaResource;
import io.opencenter.installer.openstack.preflight.SecurityGroupRules;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.PlanQuotas;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.provision.ResourceKind;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How much of each project quota the cluster's own resources already use (found on the cloud by tag and name).
 * Preflight counts the whole plan as needed; on a resumed install part of it exists and is in the cloud's
 * {@code in use} figure too, so without this the cluster would be refused for its own resources. Only objects
 * with a planned name count (apply adopts exactly those; a leftover the plan does not know keeps using quota), and
 * cores, RAM and gigabytes come from the planned flavor and size, so the discount never exceeds what the plan asks.
 */
record OwnUsage(Map<QuotaResource, Long> counts) {

    OwnUsage {
        counts = Map.copyOf(counts);
    }

    static OwnUsage of(Map<ResourceKind, List<CloudObject>> found, ProvisioningPlan plan, List<Flavor> flavors) {
        Map<ResourceKind, List<CloudObject>> existing = planned(found, plan);
        Map<QuotaResource, Long> n = new EnumMap<>(QuotaResource.class);
        List<CloudObject> servers = of(existing, ResourceKind.SERVER);
        n.put(QuotaResource.INSTANCES, (long) servers.size());
        for (CloudObject server : servers) {
            planned(plan, ResourceKind.SERVER, server.name())
                    .map(r -> ((ResourceAttributes.Server) r.attributes()).flavor())
                    .flatMap(name -> CloudLookup.flavor(flavors, name))
                    .ifPresent(f -> {
                        n.merge(QuotaResource.CORES, (long) f.vcpus(), Long::sum);
                        n.merge(QuotaResource.RAM_MB, (long) f.ramMb(), Long::sum);
                    });
        }
        List<CloudObject> volumes = of(existing, ResourceKind.VOLUME);
        n.put(QuotaResource.VOLUMES, (long) volumes.size());
        n.put(QuotaResource.GIGABYTES, volumes.stream()
                .map(v -> planned(plan, ResourceKind.VOLUME, v.name()))
                .flatMap(Optional::stream)
                .mapToLong(r -> ((ResourceAttributes.Volume) r.attributes()).sizeGb()).sum());
        n.put(QuotaResource.SERVER_GROUPS, count(existing, ResourceKind.SERVER_GROUP));
        n.put(QuotaResource.KEY_PAIRS, count(existing, ResourceKind.KEYPAIR));
        n.put(QuotaResource.NETWORKS, count(existing, ResourceKind.NETWORK));
        long subnets = count(existing, ResourceKind.SUBNET);
        n.put(QuotaResource.SUBNETS, subnets);
        n.put(QuotaResource.ROUTERS, count(existing, ResourceKind.ROUTER));
        // a router interface is a port, and an existing subnet has its DHCP port (both counted by the plan too)
        n.put(QuotaResource.PORTS, count(existing, ResourceKind.PORT) + count(existing, ResourceKind.ROUTER_INTERFACE)
                + (subnets > 0 ? PlanQuotas.IMPLICIT_PORTS : 0));
        n.put(QuotaResource.FLOATING_IPS, count(existing, ResourceKind.FLOATING_IP));
        long groups = count(existing, ResourceKind.SECURITY_GROUP);
        n.put(QuotaResource.SECURITY_GROUPS, groups);
        n.put(QuotaResource.SECURITY_GROUP_RULES, count(existing, ResourceKind.SECURITY_GROUP_RULE)
                + groups * SecurityGroupRules.DEFAULT_EGRESS_RULES_PER_GROUP);
        return new OwnUsage(n);
    }

    /** What the cluster holds of the quota the gateway names {@code resource}; 0 for quotas the plan does not use. */
    long of(String resource) {
        for (Map.Entry<QuotaResource, Long> e : counts.entrySet()) {
            if (e.getKey().id().equals(resource)) {
                return e.getValue();
            }
        }
        return 0;
    }

    boolean isEmpty() {
        return counts.values().stream().allMatch(v -> v == 0);
    }

    private static long count(Map<ResourceKind, List<CloudObject>> existing, ResourceKind kind) {
        return of(existing, kind).size();
    }

    /** The found objects whose kind and name the plan has (one per planned resource at most). */
    private static Map<ResourceKind, List<CloudObject>> planned(Map<ResourceKind, List<CloudObject>> found,
                                                                ProvisioningPlan plan) {
        Map<ResourceKind, List<CloudObject>> kept = new EnumMap<>(ResourceKind.class);
        found.forEach((kind, objects) -> {
            Set<String> names = new HashSet<>();
            plan.ofKind(kind).forEach(r -> names.add(r.name()));
            kept.put(kind, objects.stream().filter(o -> names.remove(o.name())).toList());
        });
        return kept;
    }

    private static List<CloudObject> of(Map<ResourceKind, List<CloudObject>> existing, ResourceKind kind) {
        return existing.getOrDefault(kind, List.of());
    }

    private static Optional<PlannedResource> planned(ProvisioningPlan plan, ResourceKind kind, String name) {
        return plan.ofKind(kind).stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
