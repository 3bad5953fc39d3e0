package io.opencenter.installer.sandbox.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.state.NetworkModel.AddressPair;
import io.opencenter.installer.sandbox.state.NetworkModel.Network;
import io.opencenter.installer.sandbox.state.NetworkModel.Port;
import io.opencenter.installer.sandbox.state.SandboxContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Neutron ports: fixed IPs, allowed address pairs (VIPs), security groups, device owner/id. */
final class Ports extends BaseResource<Port> {
    private final PortFactory factory;

    Ports(SandboxContext ctx) {
        super(ctx);
        this.factory = new PortFactory(ctx);
    }

    @Override
    public String collection() {
        return "ports";
    }

    @Override
    public String singular() {
        return "port";
    }

    @Override
    public String kind() {
        return "Port";
    }

    @Override
    public String quota() {
        return "port";
    }

    @Override
    public Map<String, Port> items() {
        return state().ports;
    }

    @Override
    public void render(Port p, ObjectNode o) {
        o.put("network_id", p.networkId).put("mac_address", p.macAddress).put("admin_state_up", p.adminStateUp)
                .put("status", p.deviceId.isEmpty() ? "DOWN" : "ACTIVE").put("device_id", p.deviceId)
                .put("device_owner", p.deviceOwner);
        ArrayNode ips = o.putArray("fixed_ips");
        p.fixedIps.forEach(ip -> ips.addObject().put("subnet_id", ip.subnetId()).put("ip_address", ip.ipAddress()));
        ArrayNode pairs = o.putArray("allowed_address_pairs");
        p.allowedAddressPairs.forEach(a -> pairs.addObject().put("ip_address", a.ipAddress())
                .put("mac_address", a.macAddress()));
        o.putArray("extra_dhcp_opts");
        o.set("security_groups", Json.strings(p.securityGroups));
        o.put("description", p.description).put("binding:vnic_type", "normal")
                .put("port_security_enabled", p.portSecurityEnabled);
    }

    @Override
    public Port create(ObjectNode body, Caller caller) {
        String networkId = text(body, "network_id", null);
        if (networkId == null) {
            throw NeutronErrors.badRequest("Failed to parse request. Required attribute 'network_id' not "
                    + "specified");
        }
        Network net = state().networks.get(networkId);
        if (net == null || !(net.shared || net.projectId.equals(caller.projectId()))) {
            throw NeutronErrors.notFound("Network", networkId);
        }
        Port p = factory.create(caller.projectId(), networkId, body.get("fixed_ips"),
                text(body, "device_owner", ""), text(body, "device_id", ""), true);
        p.name = body.path("name").asText("");
        p.description = body.path("description").asText("");
        p.portSecurityEnabled = body.path("port_security_enabled").asBoolean(true);
        if (body.has("security_groups")) {
            p.securityGroups = groups(body.get("security_groups"));
        }
        if (!p.portSecurityEnabled && body.has("security_groups") && !p.securityGroups.isEmpty()) {
            state().ports.remove(p.id);
            throw ApiError.neutron(409, "PortSecurityAndIPRequiredForSecurityGroups",
                    "Port security must be enabled and port must have an IP address in order to use security "
                            + "groups.");
        }
        if (!p.portSecurityEnabled && !body.has("security_groups")) {
            p.securityGroups = new ArrayList<>();
        }
        try {
            p.allowedAddressPairs = pairs(body.get("allowed_address_pairs"), p);
        } catch (ApiError e) {
            state().ports.remove(p.id);
            throw e;
        }
        return p;
    }

    @Override
    public void update(Port p, ObjectNode body, Caller caller) {
        if (body.has("port_security_enabled")) {
            p.portSecurityEnabled = body.get("port_security_enabled").asBoolean();
        }
        if (body.has("security_groups")) {
            p.securityGroups = groups(body.get("security_groups"));
        }
        if (body.has("allowed_address_pairs")) {
            p.allowedAddressPairs = pairs(body.get("allowed_address_pairs"), p);
        }
        if (body.has("device_id")) {
            p.deviceId = body.get("device_id").asText("");
        }
        if (body.has("device_owner")) {
            p.deviceOwner = body.get("device_owner").asText("");
        }
        if (body.has("admin_state_up")) {
            p.adminStateUp = body.get("admin_state_up").asBoolean();
        }
        updateCommon(p, body);
    }

    @Override
    public void delete(Port p, Caller caller) {
        if (p.deviceOwner.equals("network:router_interface") || p.deviceOwner.equals("network:router_gateway")
                || p.deviceOwner.equals("network:floatingip")) {
            throw ApiError.neutron(409, "ServicePortInUse", "Port " + p.id + " cannot be deleted directly via "
                    + "the port API: has device owner " + p.deviceOwner + ".");
        }
        state().floatingIps.values().stream().filter(f -> p.id.equals(f.portId)).forEach(f -> {
            f.portId = null;
            f.fixedIpAddress = null;
            f.routerId = null;
        });
        state().ports.remove(p.id);
    }

    private List<String> groups(JsonNode ids) {
        List<String> result = new ArrayList<>();
        for (JsonNode id : ids) {
            if (!state().securityGroups.containsKey(id.asText())) {
                throw NeutronErrors.notFound("Security group", id.asText());
            }
            result.add(id.asText());
        }
        return result;
    }

    private List<AddressPair> pairs(JsonNode requested, Port p) {
        List<AddressPair> result = new ArrayList<>();
        if (requested == null || requested.isNull()) {
            return result;
        }
        if (!p.portSecurityEnabled && !requested.isEmpty()) {
            throw ApiError.neutron(409, "AddressPairAndPortSecurityRequired", "Port Security must be enabled in "
                    + "order to have allowed address pairs on a port.");
        }
        for (JsonNode pair : requested) {
            String ip = pair.path("ip_address").asText(null);
            if (ip == null) {
                throw ApiError.neutron(400, "AllowedAddressPairsMissingIP", "AllowedAddressPair must contain "
                        + "ip_address");
            }
            result.add(new AddressPair(ip, pair.path("mac_address").asText(p.macAddress)));
        }
        return result;
    }
}
