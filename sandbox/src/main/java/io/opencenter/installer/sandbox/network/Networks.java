package io.opencenter.installer.sandbox.network;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.state.NetworkModel.Network;
import io.opencenter.installer.sandbox.state.SandboxContext;

import java.util.List;
import java.util.Map;

/** Neutron networks; shared and external ones are visible to every project. */
final class Networks extends BaseResource<Network> {
    Networks(SandboxContext ctx) {
        super(ctx);
    }

    @Override
    public String collection() {
        return "networks";
    }

    @Override
    public String singular() {
        return "network";
    }

    @Override
    public String kind() {
        return "Network";
    }

    @Override
    public String quota() {
        return "network";
    }

    @Override
    public Map<String, Network> items() {
        return state().networks;
    }

    @Override
    public boolean visible(Network n, Caller caller) {
        return n.shared || n.external || super.visible(n, caller);
    }

    @Override
    public void render(Network n, ObjectNode o) {
        o.put("admin_state_up", n.adminStateUp).put("mtu", n.mtu).put("status", "ACTIVE");
        o.set("subnets", Json.strings(state().subnets.values().stream().filter(s -> s.networkId.equals(n.id))
                .map(s -> s.id).toList()));
        o.put("shared", n.shared);
        o.putArray("availability_zone_hints");
        o.putArray("availability_zones");
        o.putNull("ipv4_address_scope").putNull("ipv6_address_scope");
        o.put("router:external", n.external);
        o.put("description", n.description).put("port_security_enabled", true).put("is_default", false);
    }

    @Override
    public Network create(ObjectNode body, Caller caller) {
        if (body.path("router:external").asBoolean(false) || body.has("provider:network_type")) {
            throw ApiError.neutron(403, "PolicyNotAuthorized", "(rule:create_network and rule:create_network:"
                    + (body.has("provider:network_type") ? "provider:network_type" : "router:external")
                    + ") is disallowed by policy");
        }
        Network n = init(new Network(), body, caller);
        n.shared = body.path("shared").asBoolean(false);
        n.adminStateUp = body.path("admin_state_up").asBoolean(true);
        n.mtu = body.path("mtu").asInt(1450);
        return n;
    }

    @Override
    public void update(Network n, ObjectNode body, Caller caller) {
        if (body.has("admin_state_up")) {
            n.adminStateUp = body.get("admin_state_up").asBoolean();
        }
        if (body.has("mtu")) {
            n.mtu = body.get("mtu").asInt();
        }
        updateCommon(n, body);
    }

    @Override
    public void delete(Network n, Caller caller) {
        List<String> inUse = state().ports.values().stream()
                .filter(p -> p.networkId.equals(n.id) && !p.deviceOwner.equals("network:dhcp")).map(p -> p.id).toList();
        if (!inUse.isEmpty()) {
            throw ApiError.neutron(409, "NetworkInUse", "Unable to complete operation on network " + n.id
                    + ". There are one or more ports still in use on the network, id for these ports is: "
                    + String.join(",", inUse) + ".");
        }
        state().subnets.values().removeIf(s -> s.networkId.equals(n.id));
        state().networks.remove(n.id);
    }
}
