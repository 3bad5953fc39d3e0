package io.opencenter.installer.sandbox.compute;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.state.CloudState;
import io.opencenter.installer.sandbox.state.ComputeModel.Flavor;
import io.opencenter.installer.sandbox.state.ComputeModel.Server;
import io.opencenter.installer.sandbox.state.NetworkModel.FixedIp;
import io.opencenter.installer.sandbox.state.NetworkModel.FloatingIp;
import io.opencenter.installer.sandbox.state.NetworkModel.Port;
import io.opencenter.installer.sandbox.state.VolumeModel.Volume;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Nova's server representation (the non-admin view), addresses taken from the server's Neutron ports. */
final class ServerView {
    private ServerView() {
    }

    static ObjectNode brief(Server s, String base) {
        ObjectNode o = Json.obj().put("id", s.id);
        o.set("links", links(base, "servers", s.id));
        o.put("name", s.name);
        return o;
    }

    static ObjectNode detail(Server s, CloudState state, String base, long now, Microversion mv) {
        String status = s.status(now);
        ObjectNode o = Json.obj().put("id", s.id).put("name", s.name).put("status", status)
                .put("tenant_id", s.projectId).put("user_id", s.userId);
        o.set("metadata", Json.stringMap(s.metadata));
        boolean placed = !status.equals("BUILD") && !s.host.isEmpty();
        o.put("hostId", placed ? hostId(s.projectId, s.host) : "");
        if (s.imageId == null) {
            o.put("image", "");
        } else {
            ObjectNode image = o.putObject("image").put("id", s.imageId);
            image.set("links", Json.arr().add(Json.obj().put("rel", "bookmark").put("href",
                    base.replace("/v2.1", "") + "/images/" + s.imageId)));
        }
        o.set("flavor", flavor(state.flavors.get(s.flavorId), s.flavorId, base, mv));
        o.put("created", Json.isoSeconds(s.createdAt)).put("updated", Json.isoSeconds(Math.max(s.updatedAt,
                Math.min(now, s.readyAt))));
        o.set("addresses", addresses(s, state));
        o.put("accessIPv4", "").put("accessIPv6", "");
        o.set("links", links(base, "servers", s.id));
        o.put("OS-DCF:diskConfig", "MANUAL");
        if (status.equals("ERROR")) {
            o.putObject("fault").put("code", 500).put("created", Json.isoSeconds(s.readyAt))
                    .put("message", s.fault);
        } else {
            o.put("progress", 0);
        }
        o.put("OS-EXT-AZ:availability_zone", placed ? s.availabilityZone : "");
        o.put("config_drive", "").put("key_name", s.keyName);
        if (status.equals("BUILD") || s.fault != null) {
            o.putNull("OS-SRV-USG:launched_at");
        } else {
            o.put("OS-SRV-USG:launched_at", Json.isoMicros(s.readyAt));
        }
        o.putNull("OS-SRV-USG:terminated_at");
        if (!s.securityGroups.isEmpty() && (status.equals("ACTIVE") || status.equals("SHUTOFF"))) {
            ArrayNode groups = o.putArray("security_groups");
            s.securityGroups.forEach(g -> groups.addObject().put("name", g));
        }
        o.put("OS-EXT-STS:task_state", status.equals("BUILD") ? "scheduling" : null);
        o.put("OS-EXT-STS:vm_state", switch (status) {
            case "BUILD" -> "building";
            case "ERROR" -> "error";
            case "SHUTOFF" -> "stopped";
            default -> "active";
        });
        o.put("OS-EXT-STS:power_state", status.equals("ACTIVE") ? 1 : status.equals("SHUTOFF") ? 4 : 0);
        ArrayNode volumes = o.putArray("os-extended-volumes:volumes_attached");
        for (Volume v : state.volumes.values()) {
            if (v.attachments.stream().anyMatch(a -> a.attached() && a.serverId().equals(s.id))) {
                volumes.addObject().put("id", v.id);
            }
        }
        return o;
    }

    private static ObjectNode flavor(Flavor f, String id, String base, Microversion mv) {
        if (mv.atLeast(47) && f != null) {
            ObjectNode o = Json.obj().put("vcpus", f.vcpus()).put("ram", f.ram()).put("disk", f.disk())
                    .put("ephemeral", 0).put("swap", 0).put("original_name", f.name());
            o.putObject("extra_specs");
            return o;
        }
        ObjectNode o = Json.obj().put("id", id);
        o.set("links", Json.arr().add(Json.obj().put("rel", "bookmark").put("href",
                base.replace("/v2.1", "") + "/flavors/" + id)));
        return o;
    }

    private static ObjectNode addresses(Server s, CloudState state) {
        ObjectNode addresses = Json.obj();
        for (Port p : state.portsOfDevice(s.id)) {
            String netName = state.networks.containsKey(p.networkId) ? state.networks.get(p.networkId).name
                    : p.networkId;
            ArrayNode list = addresses.has(netName) ? (ArrayNode) addresses.get(netName) : addresses.putArray(netName);
            for (FixedIp ip : p.fixedIps) {
                list.addObject().put("version", 4).put("addr", ip.ipAddress()).put("OS-EXT-IPS:type", "fixed")
                        .put("OS-EXT-IPS-MAC:mac_addr", p.macAddress);
                for (FloatingIp fip : state.floatingIps.values()) {
                    if (p.id.equals(fip.portId)) {
                        list.addObject().put("version", 4).put("addr", fip.floatingIpAddress)
                                .put("OS-EXT-IPS:type", "floating").put("OS-EXT-IPS-MAC:mac_addr", p.macAddress);
                    }
                }
            }
        }
        return addresses;
    }

    static ArrayNode links(String base, String collection, String id) {
        ArrayNode links = Json.arr();
        links.addObject().put("rel", "self").put("href", base + "/" + collection + "/" + id);
        links.addObject().put("rel", "bookmark").put("href", base.replace("/v2.1", "") + "/" + collection + "/" + id);
        return links;
    }

    /** Nova's hostId: sha224 of project id + host, so it differs per project for the same hypervisor. */
    static String hostId(String projectId, String host) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-224");
            return HexFormat.of().formatHex(sha.digest((projectId + host).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
