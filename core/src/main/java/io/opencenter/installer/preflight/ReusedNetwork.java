package io.opencenter.installer.preflight;

import io.opencenter.installer.openstack.OpenStackGateway.Network;
import io.opencenter.installer.openstack.OpenStackGateway.Port;
import io.opencenter.installer.openstack.OpenStackGateway.Subnet;
import java.util.List;

/** A network that already exists and that the plan would adopt, with what is already on it. */
public record ReusedNetwork(Network network, List<Subnet> subnets, List<Port> ports) {
    public ReusedNetwork {
        subnets = List.copyOf(subnets);
        ports = List.copyOf(ports);
    }
}
