package io.opencenter.installer.install;

import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.openstack.OpenStackGateway.Flavor;
import io.opencenter.installer.openstack.OpenStackGateway.Image;
import io.opencenter.installer.openstack.OpenStackGateway.Network;
import io.opencenter.installer.openstack.OpenStackGateway.Quota;
import java.util.Comparator;
import java.util.List;

/** What a tested cloud offers, for the Cluster page's pickers. Lists are sorted the way people scan them. */
public record CloudDiscovery(List<String> regions, List<String> availabilityZones, List<Flavor> flavors,
                             List<Image> images, List<Network> externalNetworks, List<String> keyPairs,
                             List<Quota> quotas) {
    public static final CloudDiscovery NONE = new CloudDiscovery(List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of());

    public CloudDiscovery {
        regions = List.copyOf(regions);
        availabilityZones = List.copyOf(availabilityZones);
        flavors = List.copyOf(flavors);
        images = List.copyOf(images);
        externalNetworks = List.copyOf(externalNetworks);
        keyPairs = List.copyOf(keyPairs);
        quotas = List.copyOf(quotas);
    }

    /** Reads everything in one go. Flavors by size, then name; images and networks by name. */
    static CloudDiscovery read(OpenStackGateway gateway) {
        return new CloudDiscovery(
                gateway.regions().stream().sorted().toList(),
                gateway.availabilityZones().stream().sorted().toList(),
                gateway.flavors().stream().sorted(Comparator.comparingInt(Flavor::vcpus)
                        .thenComparingInt(Flavor::ramMb).thenComparing(Flavor::name)).toList(),
                gateway.images().stream().sorted(Comparator.comparing(Image::name,
                        Comparator.nullsLast(Comparator.naturalOrder()))).toList(),
                gateway.externalNetworks().stream().sorted(Comparator.comparing(Network::name,
                        Comparator.nullsLast(Comparator.naturalOrder()))).toList(),
                gateway.keyPairs().stream().sorted().toList(),
                gateway.quotas());
    }

    public List<String> flavorNames() {
        return flavors.stream().map(Flavor::name).toList();
    }

    public List<String> imageNames() {
        return images.stream().map(Image::name).filter(n -> n != null && !n.isBlank()).distinct().toList();
    }

    public List<String> externalNetworkNames() {
        return externalNetworks.stream().map(Network::name).filter(n -> n != null && !n.isBlank()).toList();
    }

    /** "m1.large — 4 vCPU, 8 GiB RAM" for a flavor name discovery knows; the plain name otherwise. */
    public String describeFlavor(String name) {
        return flavors.stream().filter(f -> f.name().equals(name)).findFirst().map(CloudDiscovery::describe)
                .orElse(name);
    }

    public static String describe(Flavor f) {
        return f.name() + " \u2014 " + f.vcpus() + " vCPU, " + memory(f.ramMb()) + " RAM";
    }

    private static String memory(int ramMb) {
        if (ramMb % 1024 == 0) {
            return ramMb / 1024 + " GiB";
        }
        return ramMb >= 1024 ? String.format(java.util.Locale.ROOT, "%.1f GiB", ramMb / 1024.0) : ramMb + " MiB";
    }
}
