package io.opencenter.installer.provision.reliability;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.openstack.client.Openstack4jGateway;
import io.opencenter.installer.openstack.client.RetryPolicy;
import io.opencenter.installer.provision.reliability.CloudCensus.Found;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every object id a project can see, whoever made it: on a cloud the test has to itself, what is there after a run
 * minus what was there before minus the cluster's census must be nothing, or apply made something it did not name
 * or tag (a port Nova made for a server, a second volume). Router-owned ports and security-group rules are left
 * out: Neutron makes them for the router and the groups.
 */
final class ProjectInventory {

    private final Openstack4jGateway gateway;

    ProjectInventory(CloudProfile profile) {
        this.gateway = OpenStackGateways.connect(profile, RetryPolicy.defaults());
    }

    Set<String> ids() {
        Set<String> ids = new HashSet<>();
        gateway.withClient("network", "inventory", os -> {
            os.networking().network().list().forEach(n -> ids.add(n.getId()));
            os.networking().subnet().list().forEach(s -> ids.add(s.getId()));
            os.networking().router().list().forEach(r -> ids.add(r.getId()));
            os.networking().securitygroup().list().forEach(g -> ids.add(g.getId()));
            os.networking().floatingip().list().forEach(f -> ids.add(f.getId()));
            os.networking().port().list().stream()
                    .filter(p -> p.getDeviceOwner() == null || !p.getDeviceOwner().startsWith("network:"))
                    .forEach(p -> ids.add(p.getId()));
            return null;
        });
        gateway.withClient("compute", "inventory", os -> {
            os.compute().servers().list(true).forEach(s -> ids.add(s.getId()));
            os.compute().serverGroups().list().forEach(g -> ids.add(g.getId()));
            os.compute().keypairs().list().forEach(k -> ids.add(k.getName()));
            return null;
        });
        gateway.withClient("volumev3", "inventory", os -> {
            os.blockStorage().volumes().list().forEach(v -> ids.add(v.getId()));
            return null;
        });
        return ids;
    }

    /** What {@link #ids()} holds now beyond {@code before} and the cluster's {@code census}. */
    Set<String> strays(Set<String> before, Map<?, List<Found>> census) {
        Set<String> now = ids();
        now.removeAll(before);
        census.values().forEach(found -> found.forEach(f -> now.remove(f.id())));
        return now;
    }
}
