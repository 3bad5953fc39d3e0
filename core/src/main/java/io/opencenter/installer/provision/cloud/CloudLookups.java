package io.opencenter.installer.provision.cloud;

import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;
import io.opencenter.installer.openstack.OpenStackGateway;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The ids of what the config names but the installer does not make (external network, image, flavor), looked up
 * once per name. A name that is also an id is taken as the id.
 */
final class CloudLookups {

    private final OpenStackGateway gateway;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    CloudLookups(OpenStackGateway gateway) {
        this.gateway = gateway;
    }

    String externalNetwork(String nameOrId) {
        return cache.computeIfAbsent("network:" + nameOrId, k -> pick("external network", nameOrId,
                gateway.externalNetworks(), OpenStackGateway.Network::id, OpenStackGateway.Network::name));
    }

    String image(String nameOrId) {
        return cache.computeIfAbsent("image:" + nameOrId, k -> pick("image", nameOrId,
                gateway.images().stream().filter(i -> i.status() == null || "active".equals(i.status())).toList(),
                OpenStackGateway.Image::id, OpenStackGateway.Image::name));
    }

    String flavor(String nameOrId) {
        return cache.computeIfAbsent("flavor:" + nameOrId, k -> pick("flavor", nameOrId, gateway.flavors(),
                OpenStackGateway.Flavor::id, OpenStackGateway.Flavor::name));
    }

    private static <T> String pick(String what, String nameOrId, List<T> candidates, Function<T, String> id,
                                   Function<T, String> name) {
        for (T c : candidates) {
            if (nameOrId.equals(id.apply(c))) {
                return id.apply(c);
            }
        }
        for (T c : candidates) {
            if (nameOrId.equals(name.apply(c))) {
                return id.apply(c);
            }
        }
        throw new OpenStackException(Kind.CONFIG, "the cloud has no " + what + " named '" + nameOrId + "'; there are: "
                + String.join(", ", candidates.stream().map(name).sorted().toList()));
    }
}
