package io.opencenter.installer.provision.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceAttributes;
import org.openstack4j.api.Builders;
import org.openstack4j.model.network.IPVersionType;
import org.openstack4j.model.network.builder.PortBuilder;
import org.openstack4j.model.network.builder.SubnetBuilder;

import java.util.Map;

/** The create call of each tagged Neutron kind (sent once); returns the new object's id. */
final class NeutronCreator {

    private final CloudCalls calls;
    private final CloudLookups lookups;

    NeutronCreator(CloudCalls calls, CloudLookups lookups) {
        this.calls = calls;
        this.lookups = lookups;
    }

    String create(PlannedResource r, Map<String, String> ids) {
        ResourceAttributes a = r.attributes();
        if (a instanceof ResourceAttributes.Network) {
            return calls.create("network", "create network", c -> c.networking().network()
                    .create(Builders.network().name(r.name()).adminStateUp(true).build())).getId();
        }
        if (a instanceof ResourceAttributes.Subnet subnet) {
            return subnet(r, subnet, Ids.require(ids, networkKey(r), r));
        }
        if (a instanceof ResourceAttributes.Router router) {
            String external = lookups.externalNetwork(router.externalNetwork());
            return calls.create("network", "create router", c -> c.networking().router()
                    .create(Builders.router().name(r.name()).adminStateUp(true).externalGateway(external).build()))
                    .getId();
        }
        if (a instanceof ResourceAttributes.SecurityGroup group) {
            String description = "openCenter " + group.group().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-') + " nodes";
            return calls.create("network", "create security group", c -> c.networking().securitygroup()
                    .create(Builders.securityGroup().name(r.name()).description(description).build())).getId();
        }
        if (a instanceof ResourceAttributes.Port port) {
            return port(r, port, ids);
        }
        if (a instanceof ResourceAttributes.FloatingIp fip) {
            String external = lookups.externalNetwork(fip.externalNetwork());
            String portId = Ids.require(ids, fip.portKey(), r);
            // The description carries the planned name: floating IPs have no name to find them by.
            return calls.create("network", "create floating IP", c -> c.networking().floatingip()
                    .create(Builders.netFloatingIP().floatingNetworkId(external).portId(portId)
                            .description(r.name()).build())).getId();
        }
        throw new IllegalArgumentException(r.key() + " (" + r.kind() + ") is not a tagged Neutron resource");
    }

    private String subnet(PlannedResource r, ResourceAttributes.Subnet subnet, String networkId) {
        SubnetBuilder b = Builders.subnet().name(r.name()).networkId(networkId).ipVersion(IPVersionType.V4)
                .cidr(subnet.cidr()).enableDHCP(true);
        subnet.dnsNameservers().forEach(b::addDNSNameServer);
        return calls.create("network", "create subnet", c -> c.networking().subnet().create(b.build())).getId();
    }

    private String port(PlannedResource r, ResourceAttributes.Port port, Map<String, String> ids) {
        String subnetId = Ids.require(ids, port.subnetKey(), r);
        String networkId = ids.containsKey(port.networkKey()) ? ids.get(port.networkKey()) : networkOf(subnetId);
        PortBuilder b = Builders.port().name(r.name()).networkId(networkId).adminState(true)
                .fixedIp(port.fixedIp(), subnetId);
        port.allowedAddressPairs().forEach(ip -> b.allowedAddressPair(ip, null));
        for (String key : port.securityGroupKeys()) {
            b.securityGroup(Ids.require(ids, key, r));
        }
        return calls.create("network", "create port", c -> c.networking().port().create(b.build())).getId();
    }

    /** A port's dependencies name its subnet, not always its network: the subnet knows it. */
    private String networkOf(String subnetId) {
        JsonNode subnet = calls.json("network", "show subnet", "/subnets/" + subnetId).path("subnet");
        return subnet.path("network_id").asText();
    }

    /** A subnet has one dependency, its network (the plan's {@value PlanBuilder#NETWORK} key). */
    private static String networkKey(PlannedResource r) {
        return r.dependsOn().isEmpty() ? PlanBuilder.NETWORK : r.dependsOn().get(0);
    }
}
