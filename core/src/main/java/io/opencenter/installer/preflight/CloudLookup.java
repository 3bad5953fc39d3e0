package io.opencenter.installer.preflight;

import io.opencenter.installer.openstack.OpenStackGateway.Flavor;
import io.opencenter.installer.openstack.OpenStackGateway.Image;
import io.opencenter.installer.openstack.OpenStackGateway.Network;
import java.util.List;
import java.util.Optional;

/** Finds a flavor, image or network the way the config names it: by name (exact), else by id. */
public final class CloudLookup {
    private CloudLookup() {}

    public static Optional<Flavor> flavor(List<Flavor> flavors, String nameOrId) {
        return byNameOrId(flavors, nameOrId, Flavor::name, Flavor::id);
    }

    static Optional<Image> image(List<Image> images, String nameOrId) {
        return byNameOrId(images, nameOrId, Image::name, Image::id);
    }

    static Optional<Network> network(List<Network> networks, String nameOrId) {
        return byNameOrId(networks, nameOrId, Network::name, Network::id);
    }

    private static <T> Optional<T> byNameOrId(List<T> items, String wanted,
                                              java.util.function.Function<T, String> name,
                                              java.util.function.Function<T, String> id) {
        if (wanted == null) {
            return Optional.empty();
        }
        Optional<T> byName = items.stream().filter(i -> wanted.equals(name.apply(i))).findFirst();
        return byName.isPresent() ? byName : items.stream().filter(i -> wanted.equals(id.apply(i))).findFirst();
    }
}
