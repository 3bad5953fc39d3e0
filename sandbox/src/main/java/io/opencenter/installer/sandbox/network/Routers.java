package io.opencenter.installer.sandbox.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.state.NetworkModel.FixedIp;
import io.opencenter.installer.sandbox.state.NetworkModel.Network;
import io.opencenter.installer.sandbox.state.NetworkModel.Port;
import io.opencenter.installer.sandbox.state.NetworkModel.Router;
import io.opencenter.installer.sandbox.state.NetworkModel.Subnet;
import io.opencenter.installer.sandbox.state.SandboxContext;

import java.util.Map;

/**
 * Neutron routers. The gateway is a port on the external network ({@code network:router_gateway}, not counted
 * against the project); interfaces are ports with the subnet's gateway address ({@code network:router_interface}).
 */
final class Routers extends BaseResource<Router> {
    private final PortFactory ports;

    Routers(SandboxContext ctx) {
        super(ctx);
        this.ports = new PortFactory(ctx);
    }

    @Override
    public String collection() {
        return "routers";
    }

    @Override
    public String singular() {
        return "router";
    }

    @Override
    public String kind() {
        return "Router";
    }

    @Override
    public String quota() {
        return "router";
    }

    @Override
    public Map<String, Router> items() {
        return state().routers;
    }

    @Override
    public void render(Router r, ObjectNode o) {
        o.put("admin_state_up", r.adminStateUp).put("status", "ACTIVE");
        if (r.gatewayNetworkId == null) {
            o.putNull("external_gateway_info");
        } else {
            ObjectNode gw = o.putObject("external_gateway_info").put("network_id", r.gatewayNetworkId);
            ArrayNode ips = gw.putArray("external_fixed_ips");
            state().ports.values().stream().filter(p -> p.deviceId.equals(r.id)
                            && p.deviceOwner.equals("network:router_gateway"))
                    .flatMap(p -> p.fixedIps.stream())
                    .forEach(ip -> ips.addObject().put("subnet_id", ip.subnetId()).put("ip_address", ip.ipAddress()));
            gw.put("enable_snat", r.enableSnat);
        }
        o.put("description", r.description);
        o.putArray("availability_zones").add("nova");
        o.putArray("availability_zone_hints");
        o.putArray("routes");
        o.putNull("flavor_id");
    }

    @Override
    public Router create(ObjectNode body, Caller caller) {
        Router r = init(new Router(), body, caller);
        r.adminStateUp = body.path("admin_state_up").asBoolean(true);
        setGateway(r, body.get("external_gateway_info"));
        return r;
    }

    @Override
    public void update(Router r, ObjectNode body, Caller caller) {
        if (body.has("external_gateway_info")) {
            setGateway(r, body.get("external_gateway_info"));
        }
        updateCommon(r, body);
    }

    @Override
    public void delete(Router r, Caller caller) {
        boolean hasInterfaces = state().ports.values().stream()
                .anyMatch(p -> p.deviceId.equals(r.id) && p.deviceOwner.equals("network:router_interface"));
        if (hasInterfaces) {
            throw ApiError.neutron(409, "RouterInUse", "Router " + r.id + " still has ports");
        }
        setGateway(r, null);
        state().routers.remove(r.id);
    }

    /** {@code PUT /routers/{id}/add_router_interface} with a subnet_id or a port_id. */
    ObjectNode addInterface(Router r, JsonNode body) {
        Port port;
        if (body.hasNonNull("port_id")) {
            port = state().ports.get(body.get("port_id").asText());
            if (port == null) {
                throw NeutronErrors.notFound("Port", body.get("port_id").asText());
            }
            if (!port.deviceId.isEmpty()) {
                throw ApiError.neutron(409, "PortInUse", "Unable to complete operation on port " + port.id
                        + " for network " + port.networkId + ". Port already has an attached device "
                        + port.deviceId + ".");
            }
        } else {
            String subnetId = body.path("subnet_id").asText(null);
            Subnet subnet = subnetId == null ? null : state().subnets.get(subnetId);
            if (subnet == null) {
                if (subnetId == null) {
                    throw NeutronErrors.badRequest("Bad router request: Either subnet_id or port_id must be "
                            + "specified.");
                }
                throw NeutronErrors.notFound("Subnet", subnetId);
            }
            if (subnet.gatewayIp == null) {
                throw NeutronErrors.badRequest("Bad router request: Subnet " + subnetId + " does not have a "
                        + "gateway IP.");
            }
            boolean already = state().ports.values().stream().anyMatch(p -> p.deviceId.equals(r.id)
                    && p.fixedIps.stream().anyMatch(ip -> ip.subnetId().equals(subnetId)));
            if (already) {
                throw NeutronErrors.badRequest("Bad router request: Router already has a port on subnet "
                        + subnetId + ".");
            }
            port = ports.create(r.projectId, subnet.networkId, Json.arr().add(Json.obj()
                    .put("subnet_id", subnet.id).put("ip_address", subnet.gatewayIp)), "", "", true);
        }
        port.deviceId = r.id;
        port.deviceOwner = "network:router_interface";
        port.securityGroups.clear();
        r.touch(ctx.now());
        return interfaceInfo(r, port);
    }

    /** {@code PUT /routers/{id}/remove_router_interface}. */
    ObjectNode removeInterface(Router r, JsonNode body) {
        String subnetId = body.path("subnet_id").asText(null);
        String portId = body.path("port_id").asText(null);
        Port port = state().ports.values().stream()
                .filter(p -> p.deviceId.equals(r.id) && p.deviceOwner.equals("network:router_interface"))
                .filter(p -> p.id.equals(portId)
                        || p.fixedIps.stream().anyMatch(ip -> ip.subnetId().equals(subnetId)))
                .findFirst().orElse(null);
        if (port == null) {
            throw ApiError.neutron(404, "RouterInterfaceNotFoundForSubnet", "Router " + r.id
                    + " has no interface on subnet " + subnetId);
        }
        ObjectNode info = interfaceInfo(r, port);
        state().ports.remove(port.id);
        r.touch(ctx.now());
        return info;
    }

    private ObjectNode interfaceInfo(Router r, Port port) {
        ObjectNode o = Json.obj().put("id", r.id).put("tenant_id", r.projectId).put("port_id", port.id)
                .put("network_id", port.networkId);
        String first = port.fixedIps.isEmpty() ? null : port.fixedIps.get(0).subnetId();
        o.put("subnet_id", first);
        o.set("subnet_ids", Json.strings(port.fixedIps.stream().map(FixedIp::subnetId).toList()));
        return o;
    }

    private void setGateway(Router r, JsonNode info) {
        state().ports.values().removeIf(p -> p.deviceId.equals(r.id) && p.deviceOwner.equals("network:router_gateway"));
        r.gatewayNetworkId = null;
        if (info == null || info.isNull() || !info.hasNonNull("network_id")) {
            return;
        }
        String netId = info.get("network_id").asText();
        Network net = state().networks.get(netId);
        if (net == null) {
            throw NeutronErrors.notFound("Network", netId);
        }
        if (!net.external) {
            throw NeutronErrors.badRequest("Bad router request: Network " + netId + " is not an external "
                    + "network.");
        }
        Port gw = ports.create(r.projectId, netId, info.get("external_fixed_ips"), "network:router_gateway", r.id,
                false);
        gw.projectId = "";
        r.gatewayNetworkId = netId;
        r.enableSnat = info.path("enable_snat").asBoolean(true);
    }
}
