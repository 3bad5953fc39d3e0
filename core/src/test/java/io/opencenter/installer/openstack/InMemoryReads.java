package io.opencenter.installer.openstack;

import io.opencenter.installer.openstack.OpenStackGateway.Endpoint;
import io.opencenter.installer.openstack.OpenStackGateway.Flavor;
import io.opencenter.installer.openstack.OpenStackGateway.Network;
import io.opencenter.installer.openstack.OpenStackGateway.Port;
import io.opencenter.installer.openstack.OpenStackGateway.Subnet;
import java.util.ArrayList;
import java.util.List;

/**
 * The reads an in-memory test cloud answers the same way in every fake gateway: one region with two zones, three
 * flavors, the external network {@code public} and nothing else on the network side. Fakes add their login, their
 * images, key pairs, quotas and probes.
 */
public abstract class InMemoryReads implements OpenStackGateway {

    /** A catalog with one public endpoint per needed service in RegionOne, at {@code base}{@code <type>}. */
    public static List<Endpoint> catalog(String base) {
        List<Endpoint> catalog = new ArrayList<>();
        for (CloudService service : CloudService.values()) {
            String type = service.catalogType();
            catalog.add(new Endpoint(type, type, "RegionOne", "public", base + type));
        }
        return catalog;
    }

    @Override
    public List<String> regions() {
        return List.of("RegionOne");
    }

    @Override
    public List<String> availabilityZones() {
        return List.of("nova", "az2");
    }

    @Override
    public List<Flavor> flavors() {
        return List.of(new Flavor("3", "m1.large", 4, 8192, 40, true), new Flavor("1", "m1.small", 1, 2048, 20, true),
                new Flavor("4", "m1.xlarge", 8, 16384, 80, true));
    }

    @Override
    public List<Network> externalNetworks() {
        return List.of(new Network("n1", "public", true, true, "ACTIVE", List.of(), List.of()));
    }

    @Override
    public List<Network> networks() {
        return externalNetworks();
    }

    @Override
    public List<Subnet> subnets(String networkId) {
        return List.of();
    }

    @Override
    public List<Port> ports(String networkId) {
        return List.of();
    }
}
