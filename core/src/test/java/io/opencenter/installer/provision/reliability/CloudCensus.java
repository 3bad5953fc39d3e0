package io.opencenter.installer.provision.reliability;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.openstack.client.Openstack4jGateway;
import io.opencenter.installer.openstack.client.RetryPolicy;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceNames;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.network.IP;
import org.openstack4j.model.network.SecurityGroupRule;

/**
 * What a cloud holds of one cluster, read with plain openstack4j calls (never through the installer's
 * {@code InfrastructureCloud} or its journal), so the reliability tests judge apply and destroy by the cloud alone.
 * A resource belongs to the cluster when it carries the cluster tag/metadata or its name starts with
 * {@code <cluster>-}; kinds without tags are found through what they belong to (rules in the cluster's groups,
 * interfaces on the cluster's routers) or by name (server groups, keypairs).
 */
final class CloudCensus {

    /** One object on the cloud. {@code name} is the planned-name equivalent (see {@link #take}). */
    record Found(ResourceKind kind, String id, String name, boolean tagged, String status) {}

    private final Openstack4jGateway gateway;

    CloudCensus(CloudProfile profile) {
        this.gateway = OpenStackGateways.connect(profile, RetryPolicy.defaults());
    }

    /** Every kind the installer plans, each with what the cloud holds of {@code cluster} (possibly empty). */
    Map<ResourceKind, List<Found>> take(String cluster) {
        String prefix = cluster + "-";
        String neutronTag = ResourceNames.neutronTag(cluster);
        Map<ResourceKind, List<Found>> all = new EnumMap<>(ResourceKind.class);
        for (ResourceKind kind : ResourceKind.values()) {
            if (kind != ResourceKind.LOAD_BALANCER) {
                all.put(kind, new ArrayList<>());
            }
        }
        NeutronTags tags = new NeutronTags(gateway, neutronTag);
        gateway.withClient("network", "census", os -> {
            network(os, tags, prefix, all);
            return null;
        });
        gateway.withClient("compute", "census", os -> {
            compute(os, prefix, cluster, all);
            return null;
        });
        gateway.withClient("volumev3", "census", os -> {
            os.blockStorage().volumes().list().forEach(v -> {
                boolean tagged = cluster.equals(meta(v.getMetaData()).get(ResourceNames.CLUSTER_TAG_KEY));
                if (tagged || startsWith(v.getName(), prefix)) {
                    all.get(ResourceKind.VOLUME).add(new Found(ResourceKind.VOLUME, v.getId(), v.getName(), tagged,
                            String.valueOf(v.getStatus())));
                }
            });
            return null;
        });
        return all;
    }

    /** Total of every kind: 0 means the cloud holds nothing of the cluster. */
    static int total(Map<ResourceKind, List<Found>> census) {
        return census.values().stream().mapToInt(List::size).sum();
    }

    private static void network(OSClientV3 os, NeutronTags tags, String prefix, Map<ResourceKind, List<Found>> all) {
        Set<String> taggedNetworks = tags.ids("networks");
        os.networking().network().list().forEach(n -> member(ResourceKind.NETWORK, n.getId(), n.getName(),
                String.valueOf(n.getStatus()), prefix, taggedNetworks, all));
        Map<String, String> subnetNames = new HashMap<>();
        Set<String> taggedSubnets = tags.ids("subnets");
        os.networking().subnet().list().forEach(s -> {
            subnetNames.put(s.getId(), s.getName());
            member(ResourceKind.SUBNET, s.getId(), s.getName(), "", prefix, taggedSubnets, all);
        });
        Set<String> taggedRouters = tags.ids("routers");
        os.networking().router().list().forEach(r -> member(ResourceKind.ROUTER, r.getId(), r.getName(),
                String.valueOf(r.getStatus()), prefix, taggedRouters, all));
        Set<String> taggedGroups = tags.ids("security-groups");
        os.networking().securitygroup().list().forEach(g -> member(ResourceKind.SECURITY_GROUP, g.getId(),
                g.getName(), "", prefix, taggedGroups, all));
        Map<String, String> routers = names(all.get(ResourceKind.ROUTER));
        Set<String> clusterPorts = new HashSet<>();
        Set<String> taggedPorts = tags.ids("ports");
        os.networking().port().list().forEach(p -> {
            String owner = p.getDeviceOwner() == null ? "" : p.getDeviceOwner();
            if (owner.startsWith("network:router_interface") && routers.containsKey(p.getDeviceId())) {
                // An interface is named after what it joins: "<router name>|<subnet name>".
                for (IP ip : p.getFixedIps()) {
                    all.get(ResourceKind.ROUTER_INTERFACE).add(new Found(ResourceKind.ROUTER_INTERFACE, p.getId(),
                            routers.get(p.getDeviceId()) + "|" + subnetNames.getOrDefault(ip.getSubnetId(),
                                    ip.getSubnetId()), true, String.valueOf(p.getState())));
                }
            } else if (!owner.startsWith("network:")) {
                if (member(ResourceKind.PORT, p.getId(), p.getName(), String.valueOf(p.getState()), prefix,
                        taggedPorts, all)) {
                    clusterPorts.add(p.getId());
                }
            }
        });
        Set<String> taggedFips = tags.ids("floatingips");
        os.networking().floatingip().list().forEach(f -> {
            boolean onClusterPort = f.getPortId() != null && clusterPorts.contains(f.getPortId());
            String name = f.getDescription() == null ? "" : f.getDescription();
            boolean tagged = taggedFips.contains(f.getId());
            if (tagged || onClusterPort || name.startsWith(prefix)) {
                all.get(ResourceKind.FLOATING_IP).add(new Found(ResourceKind.FLOATING_IP, f.getId(), name, tagged,
                        f.getStatus()));
            }
        });
        Map<String, String> groups = names(all.get(ResourceKind.SECURITY_GROUP));
        for (SecurityGroupRule rule : os.networking().securityrule().list()) {
            String description = rule.getDescription() == null ? "" : rule.getDescription();
            boolean defaultEgress = "egress".equals(rule.getDirection()) && description.isEmpty();
            if (groups.containsKey(rule.getSecurityGroupId()) && !defaultEgress) {
                all.get(ResourceKind.SECURITY_GROUP_RULE).add(new Found(ResourceKind.SECURITY_GROUP_RULE,
                        rule.getId(), description, true, ""));
            }
        }
    }

    private static void compute(OSClientV3 os, String prefix, String cluster, Map<ResourceKind, List<Found>> all) {
        os.compute().servers().list(true).forEach(s -> {
            boolean tagged = cluster.equals(meta(s.getMetadata()).get(ResourceNames.CLUSTER_TAG_KEY));
            if (tagged || startsWith(s.getName(), prefix)) {
                all.get(ResourceKind.SERVER).add(new Found(ResourceKind.SERVER, s.getId(), s.getName(), tagged,
                        String.valueOf(s.getStatus())));
            }
        });
        os.compute().serverGroups().list().stream().filter(g -> startsWith(g.getName(), prefix)).forEach(g ->
                all.get(ResourceKind.SERVER_GROUP).add(new Found(ResourceKind.SERVER_GROUP, g.getId(), g.getName(),
                        true, "")));
        os.compute().keypairs().list().stream().filter(k -> startsWith(k.getName(), prefix)).forEach(k ->
                all.get(ResourceKind.KEYPAIR).add(new Found(ResourceKind.KEYPAIR, k.getName(), k.getName(), true,
                        "")));
    }

    /** Adds the object when it is the cluster's; true when it was. */
    private static boolean member(ResourceKind kind, String id, String name, String status, String prefix,
                                  Set<String> taggedIds, Map<ResourceKind, List<Found>> all) {
        boolean tagged = taggedIds.contains(id);
        if (!tagged && !startsWith(name, prefix)) {
            return false;
        }
        all.get(kind).add(new Found(kind, id, name == null ? "" : name, tagged, status));
        return true;
    }

    private static Map<String, String> names(List<Found> found) {
        Map<String, String> byId = new HashMap<>();
        found.forEach(f -> byId.put(f.id(), f.name()));
        return byId;
    }

    private static Map<String, String> meta(Map<String, String> metadata) {
        return metadata == null ? Map.of() : metadata;
    }

    private static boolean startsWith(String name, String prefix) {
        return name != null && name.startsWith(prefix);
    }
}
