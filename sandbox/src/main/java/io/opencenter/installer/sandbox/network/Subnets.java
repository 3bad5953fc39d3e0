package io.opencenter.installer.sandbox.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.state.Ipv4;
import io.opencenter.installer.sandbox.state.NetworkModel.Network;
import io.opencenter.installer.sandbox.state.NetworkModel.Pool;
import io.opencenter.installer.sandbox.state.NetworkModel.Subnet;
import io.opencenter.installer.sandbox.state.SandboxContext;

import java.util.Map;

/** Neutron IPv4 subnets with gateway and allocation pools (defaults as Neutron computes them). */
final class Subnets extends BaseResource<Subnet> {
    Subnets(SandboxContext ctx) {
        super(ctx);
    }

    @Override
    public String collection() {
        return "subnets";
    }

    @Override
    public String singular() {
        return "subnet";
    }

    @Override
    public String kind() {
        return "Subnet";
    }

    @Override
    public String quota() {
        return "subnet";
    }

    @Override
    public Map<String, Subnet> items() {
        return state().subnets;
    }

    @Override
    public boolean visible(Subnet s, Caller caller) {
        Network n = state().networks.get(s.networkId);
        return super.visible(s, caller) || (n != null && (n.shared || n.external));
    }

    @Override
    public void render(Subnet s, ObjectNode o) {
        o.put("network_id", s.networkId).put("ip_version", s.ipVersion).putNull("subnetpool_id")
                .put("enable_dhcp", s.enableDhcp).putNull("ipv6_ra_mode").putNull("ipv6_address_mode")
                .put("gateway_ip", s.gatewayIp).put("cidr", s.cidr);
        ArrayNode pools = o.putArray("allocation_pools");
        s.pools.forEach(p -> pools.addObject().put("start", p.start()).put("end", p.end()));
        o.putArray("host_routes");
        o.set("dns_nameservers", Json.strings(s.dnsNameservers));
        o.put("description", s.description);
        o.putArray("service_types");
    }

    @Override
    public Subnet create(ObjectNode body, Caller caller) {
        String networkId = text(body, "network_id", null);
        if (networkId == null) {
            throw NeutronErrors.badRequest("Failed to parse request. Required attribute 'network_id' not "
                    + "specified");
        }
        Network net = state().networks.get(networkId);
        if (net == null || !(net.projectId.equals(caller.projectId()))) {
            throw NeutronErrors.notFound("Network", networkId);
        }
        String cidr = text(body, "cidr", null);
        if (cidr == null) {
            throw NeutronErrors.badRequest("Bad subnets request: a subnetpool must be specified in the absence "
                    + "of a cidr.");
        }
        try {
            Ipv4.range(cidr);
        } catch (RuntimeException e) {
            throw NeutronErrors.badRequest("Invalid input for cidr. Reason: '" + cidr + "' is not a valid IP "
                    + "subnet.");
        }
        if (body.path("ip_version").asInt(4) != 4) {
            throw NeutronErrors.badRequest("The sandbox simulates IPv4 subnets only.");
        }
        for (Subnet other : state().subnets.values()) {
            if (other.networkId.equals(networkId) && Ipv4.overlaps(other.cidr, cidr)) {
                throw NeutronErrors.badRequest("Invalid input for operation: Requested subnet with cidr: " + cidr
                        + " for network: " + networkId + " overlaps with another subnet.");
            }
        }
        Subnet s = init(new Subnet(), body, caller);
        s.revision = 0;
        s.networkId = networkId;
        s.cidr = cidr;
        s.gatewayIp = body.has("gateway_ip") ? text(body, "gateway_ip", null) : Ipv4.firstHost(cidr);
        s.enableDhcp = body.path("enable_dhcp").asBoolean(true);
        JsonNode pools = body.path("allocation_pools");
        if (pools.isArray() && !pools.isEmpty()) {
            pools.forEach(p -> s.pools.add(new Pool(p.path("start").asText(), p.path("end").asText())));
        } else {
            s.pools.add(Ipv4.defaultPool(cidr));
        }
        body.path("dns_nameservers").forEach(d -> s.dnsNameservers.add(d.asText()));
        return s;
    }

    @Override
    public void update(Subnet s, ObjectNode body, Caller caller) {
        if (body.has("dns_nameservers")) {
            s.dnsNameservers.clear();
            body.get("dns_nameservers").forEach(d -> s.dnsNameservers.add(d.asText()));
        }
        if (body.has("enable_dhcp")) {
            s.enableDhcp = body.get("enable_dhcp").asBoolean();
        }
        updateCommon(s, body);
    }

    @Override
    public void delete(Subnet s, Caller caller) {
        if (!state().usedAddresses(s.id).isEmpty()) {
            throw ApiError.neutron(409, "SubnetInUse", "Unable to complete operation on subnet " + s.id
                    + ": One or more ports have an IP allocation from this subnet.");
        }
        state().subnets.remove(s.id);
    }
}
