package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.openstack.client.Openstack4jGateway;
import io.opencenter.installer.openstack.client.RetryPolicy;
import io.opencenter.installer.provision.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.common.Resource;

/**
 * What the cloud holds of a cluster, read through openstack4j (not through the installer's own code or journal):
 * every object whose name (or, for rules and floating IPs, description) starts with the cluster's prefix, by kind.
 */
final class SandboxInventory {
    private SandboxInventory() {}

    /** "KIND name" → how many objects the cloud has with that name; router interfaces as "ROUTER_INTERFACE <router>". */
    static Map<String, Integer> of(CloudProfile profile, String cluster) {
        String prefix = cluster + "-";
        Openstack4jGateway gateway = OpenStackGateways.connect(profile, RetryPolicy.defaults());
        try {
            List<String> found = new ArrayList<>();
            add(found, ResourceKind.NETWORK, call(gateway, "network", os -> names(os.networking().network().list())), prefix);
            add(found, ResourceKind.SUBNET, call(gateway, "network", os -> names(os.networking().subnet().list())), prefix);
            add(found, ResourceKind.ROUTER, call(gateway, "network", os -> names(os.networking().router().list())), prefix);
            add(found, ResourceKind.SECURITY_GROUP, call(gateway, "network", os -> names(os.networking().securitygroup().list())),
                    prefix);
            add(found, ResourceKind.SECURITY_GROUP_RULE, call(gateway, "network", os -> os.networking().securityrule().list()
                    .stream().map(r -> r.getDescription()).toList()), prefix);
            add(found, ResourceKind.PORT, call(gateway, "network", os -> os.networking().port().list().stream()
                    .filter(p -> !"network:router_interface".equals(p.getDeviceOwner()))
                    .map(p -> p.getName()).toList()), prefix);
            add(found, ResourceKind.FLOATING_IP, call(gateway, "network", os -> os.networking().floatingip().list().stream()
                    .map(f -> f.getDescription()).toList()), prefix);
            add(found, ResourceKind.SERVER_GROUP, call(gateway, "compute", os -> os.compute().serverGroups().list().stream()
                    .map(g -> g.getName()).toList()), prefix);
            add(found, ResourceKind.VOLUME, call(gateway, "volumev3", os -> os.blockStorage().volumes().list().stream()
                    .map(v -> v.getName()).toList()), prefix);
            add(found, ResourceKind.SERVER, call(gateway, "compute", os -> os.compute().servers().list().stream()
                    .map(s -> s.getName()).toList()), prefix);
            // an interface has no name of its own: one port of the router on the cluster's subnet per interface
            List<String> routerPorts = call(gateway, "network", os -> {
                Map<String, String> routers = new TreeMap<>();
                os.networking().router().list().forEach(r -> routers.put(r.getId(), r.getName()));
                return os.networking().port().list().stream()
                        .filter(p -> "network:router_interface".equals(p.getDeviceOwner()))
                        .map(p -> routers.getOrDefault(p.getDeviceId(), "?")).toList();
            });
            add(found, ResourceKind.ROUTER_INTERFACE, routerPorts, prefix);
            Map<String, Integer> counts = new TreeMap<>();
            found.forEach(f -> counts.merge(f, 1, Integer::sum));
            return counts;
        } finally {
            gateway.close();
        }
    }

    private static List<String> call(Openstack4jGateway gateway, String service,
                                     Function<OSClientV3, List<String>> body) {
        return gateway.withClient(service, "inventory", body);
    }

    private static List<String> names(List<? extends Resource> list) {
        return list.stream().map(Resource::getName).toList();
    }

    private static void add(List<String> into, ResourceKind kind, List<String> names, String prefix) {
        names.stream().filter(n -> n != null && n.startsWith(prefix)).forEach(n -> into.add(kind + " " + n));
    }
}
