package io.opencenter.installer.sandbox.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.state.NetworkModel.FloatingIp;
import io.opencenter.installer.sandbox.state.NetworkModel.Network;
import io.opencenter.installer.sandbox.state.NetworkModel.Port;
import io.opencenter.installer.sandbox.state.NetworkModel.Router;
import io.opencenter.installer.sandbox.state.SandboxContext;

import java.util.Map;

/**
 * Neutron floating IPs: an address from the external network's subnet (held by a {@code network:floatingip}
 * port), associated with a port only when a router connects that port's subnet to the external network.
 */
final class FloatingIps extends BaseResource<FloatingIp> {
    private final PortFactory ports;

    FloatingIps(SandboxContext ctx) {
        super(ctx);
        this.ports = new PortFactory(ctx);
    }

    @Override
    public String collection() {
        return "floatingips";
    }

    @Override
    public String singular() {
        return "floatingip";
    }

    @Override
    public String kind() {
        return "Floating IP";
    }

    @Override
    public String quota() {
        return "floatingip";
    }

    @Override
    public Map<String, FloatingIp> items() {
        return state().floatingIps;
    }

    @Override
    public void render(FloatingIp f, ObjectNode o) {
        o.remove("name");
        o.put("floating_network_id", f.floatingNetworkId).put("router_id", f.routerId)
                .put("fixed_ip_address", f.fixedIpAddress).put("floating_ip_address", f.floatingIpAddress)
                .put("port_id", f.portId).put("status", f.portId == null ? "DOWN" : "ACTIVE")
                .put("description", f.description);
        Port port = f.portId == null ? null : state().ports.get(f.portId);
        if (port == null) {
            o.putNull("port_details");
        } else {
            o.putObject("port_details").put("name", port.name).put("network_id", port.networkId)
                    .put("mac_address", port.macAddress).put("admin_state_up", port.adminStateUp)
                    .put("status", port.deviceId.isEmpty() ? "DOWN" : "ACTIVE").put("device_id", port.deviceId)
                    .put("device_owner", port.deviceOwner);
        }
    }

    @Override
    public FloatingIp create(ObjectNode body, Caller caller) {
        String netId = text(body, "floating_network_id", null);
        Network net = netId == null ? null : state().networks.get(netId);
        if (net == null) {
            throw NeutronErrors.notFound("Network", netId);
        }
        if (!net.external) {
            throw NeutronErrors.badRequest("Bad floatingip request: Network " + netId + " is not a valid external "
                    + "network.");
        }
        FloatingIp f = init(new FloatingIp(), body, caller);
        f.name = "";
        f.revision = 0;
        JsonNode wanted = body.hasNonNull("floating_ip_address")
                ? io.opencenter.installer.sandbox.http.Json.arr().add(io.opencenter.installer.sandbox.http.Json.obj()
                .put("ip_address", body.get("floating_ip_address").asText())) : null;
        Port holder = ports.create(f.projectId, netId, wanted, "network:floatingip", f.id, false);
        holder.projectId = "";
        f.floatingNetworkId = netId;
        f.floatingIpAddress = holder.fixedIps.get(0).ipAddress();
        associate(f, text(body, "port_id", null), text(body, "fixed_ip_address", null));
        return f;
    }

    @Override
    public void update(FloatingIp f, ObjectNode body, Caller caller) {
        if (body.has("port_id")) {
            associate(f, text(body, "port_id", null), text(body, "fixed_ip_address", null));
        }
        updateCommon(f, body);
    }

    @Override
    public void delete(FloatingIp f, Caller caller) {
        state().ports.values().removeIf(p -> p.deviceId.equals(f.id) && p.deviceOwner.equals("network:floatingip"));
        state().floatingIps.remove(f.id);
    }

    private void associate(FloatingIp f, String portId, String fixedIp) {
        if (portId == null) {
            f.portId = null;
            f.fixedIpAddress = null;
            f.routerId = null;
            return;
        }
        Port port = state().ports.get(portId);
        if (port == null) {
            throw NeutronErrors.notFound("Port", portId);
        }
        if (port.fixedIps.isEmpty()) {
            throw NeutronErrors.badRequest("Bad floatingip request: Port " + portId + " does not have any IPv4 "
                    + "address.");
        }
        var ip = fixedIp == null ? port.fixedIps.get(0)
                : port.fixedIps.stream().filter(x -> x.ipAddress().equals(fixedIp)).findFirst()
                .orElseThrow(() -> NeutronErrors.badRequest("Bad floatingip request: Port " + portId
                        + " does not have fixed ip " + fixedIp + "."));
        Router router = state().routers.values().stream()
                .filter(r -> f.floatingNetworkId.equals(r.gatewayNetworkId))
                .filter(r -> state().ports.values().stream().anyMatch(p -> p.deviceId.equals(r.id)
                        && p.deviceOwner.equals("network:router_interface")
                        && p.fixedIps.stream().anyMatch(x -> x.subnetId().equals(ip.subnetId()))))
                .findFirst().orElse(null);
        if (router == null) {
            throw ApiError.neutron(404, "ExternalGatewayForFloatingIPNotFound", "External network "
                    + f.floatingNetworkId + " is not reachable from subnet " + ip.subnetId()
                    + ".  Therefore, cannot associate Port " + portId + " with a Floating IP.");
        }
        f.portId = portId;
        f.fixedIpAddress = ip.ipAddress();
        f.routerId = router.id;
    }
}
