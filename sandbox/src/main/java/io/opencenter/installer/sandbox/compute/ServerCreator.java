package io.opencenter.installer.sandbox.compute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.network.PortFactory;
import io.opencenter.installer.sandbox.state.CloudState;
import io.opencenter.installer.sandbox.state.ComputeModel.Flavor;
import io.opencenter.installer.sandbox.state.ComputeModel.Server;
import io.opencenter.installer.sandbox.state.ComputeModel.ServerGroup;
import io.opencenter.installer.sandbox.state.NetworkModel.Port;
import io.opencenter.installer.sandbox.state.NetworkModel.SecurityGroup;
import io.opencenter.installer.sandbox.state.SandboxContext;
import io.opencenter.installer.sandbox.state.VolumeModel.Volume;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Nova's {@code POST /servers}: the checks in the order Nova makes them (flavor, image or block device mapping,
 * key pair, quota, networks), then ports on the requested networks, the mapped boot volumes (see
 * {@link BootVolumes}) and a host from the scheduler. A server group
 * with anti-affinity that already has a member on every simulated host makes the server end in ERROR with
 * "No valid host was found", as the real scheduler does.
 */
final class ServerCreator {
    static final String NO_VALID_HOST = "No valid host was found. There are not enough hosts available.";
    private final SandboxContext ctx;
    private final BootVolumes volumes;

    ServerCreator(SandboxContext ctx) {
        this.ctx = ctx;
        this.volumes = new BootVolumes(ctx);
    }

    Server create(ObjectNode body, Caller caller) {
        CloudState s = ctx.state();
        JsonNode req = body.path("server");
        if (!req.isObject()) {
            throw ApiError.badRequest("Invalid input for field/attribute server. Value: None. None is not of type "
                    + "'object'");
        }
        String name = req.path("name").asText("");
        if (name.isBlank()) {
            throw ApiError.badRequest("Invalid input for field/attribute name. Value: " + name
                    + ". '' is too short");
        }
        String flavorRef = req.path("flavorRef").asText(null);
        Flavor flavor = flavorRef == null ? null : s.flavors.get(lastSegment(flavorRef));
        if (flavor == null) {
            throw ApiError.badRequest("Flavor " + flavorRef + " could not be found.");
        }
        String imageRef = req.path("imageRef").asText("");
        JsonNode bdm = req.path("block_device_mapping_v2");
        boolean bootsFromVolume = bdm.isArray() && !bdm.isEmpty();
        if (imageRef.isEmpty() && !bootsFromVolume) {
            throw ApiError.badRequest("Missing imageRef attribute");
        }
        String imageId = imageRef.isEmpty() ? null : lastSegment(imageRef);
        if (imageId != null && !s.images.containsKey(imageId)) {
            throw ApiError.badRequest("Image " + imageId + " could not be found.");
        }
        if (imageId != null) {
            var image = s.images.get(imageId);
            if (flavor.ram() < image.minRam()) {
                throw ApiError.badRequest("Flavor's memory is too small for requested image.");
            }
            if (!bootsFromVolume && flavor.disk() < image.minDisk()) {
                throw ApiError.badRequest("Flavor's disk is too small for requested image.");
            }
        }
        String keyName = req.path("key_name").asText(null);
        if (keyName != null && !s.keyPairs.getOrDefault(caller.userId(), Map.of()).containsKey(keyName)) {
            throw ApiError.badRequest("Invalid key_name provided.");
        }
        List<Volume> bootVolumes = volumes.check(bdm, caller);
        BootVolumes.checkUserData(req.path("user_data"));
        checkQuota(caller, flavor);
        List<String> groups = securityGroups(req.path("security_groups"), caller);
        String groupId = body.path("os:scheduler_hints").path("group").asText(null);
        ServerGroup group = groupId == null ? null : s.serverGroups.get(groupId);
        if (groupId != null && group == null) {
            throw ApiError.badRequest("Invalid input for field/attribute group. Value: " + groupId);
        }
        if (group != null && !ctx.quotas().allows("server_group_members", group.members.size(), 1)) {
            throw ApiError.fault(403, "forbidden", "Quota exceeded, too many servers in group");
        }
        String az = req.path("availability_zone").asText(ctx.options().availabilityZones().get(0));
        if (!ctx.options().availabilityZones().contains(az)) {
            throw ApiError.badRequest("The requested availability zone is not available");
        }

        Server server = new Server();
        server.id = SandboxContext.uuid();
        server.name = name;
        server.projectId = caller.projectId();
        server.userId = caller.userId();
        server.flavorId = flavor.id();
        server.imageId = imageId;
        server.keyName = keyName;
        server.availabilityZone = az;
        server.securityGroups.addAll(groups);
        req.path("metadata").fields().forEachRemaining(e -> server.metadata.put(e.getKey(), e.getValue().asText()));
        server.createdAt = ctx.now();
        server.updatedAt = server.createdAt;
        server.readyAt = server.createdAt + ctx.behaviour().serverActiveDelay().toMillis();
        server.fault = ctx.behaviour().serverFault();
        server.joinFault = ctx.behaviour().joinFault();
        attachNetworks(server, req.path("networks"), caller);
        server.host = schedule(group);
        if (server.host == null) {
            server.fault = NO_VALID_HOST;
            server.host = "";
        }
        volumes.attach(server, bdm, bootVolumes);
        if (group != null) {
            group.members.add(server.id);
            server.serverGroupId = group.id;
        }
        s.servers.put(server.id, server);
        return server;
    }

    private void checkQuota(Caller caller, Flavor flavor) {
        Map<String, Long> used = ComputeUsage.of(ctx.state(), caller.projectId(), caller.userId());
        Map<String, Long> wanted = Map.of("instances", 1L, "cores", (long) flavor.vcpus(), "ram", (long) flavor.ram());
        for (String resource : List.of("cores", "instances", "ram")) {
            long limit = ctx.quotas().limit(resource);
            if (!ctx.quotas().allows(resource, used.get(resource), wanted.get(resource))) {
                throw ApiError.fault(403, "forbidden", "Quota exceeded for " + resource + ": Requested "
                        + wanted.get(resource) + ", but already used " + used.get(resource) + " of " + limit + " "
                        + resource);
            }
        }
    }

    private List<String> securityGroups(JsonNode requested, Caller caller) {
        List<String> names = new ArrayList<>();
        if (!requested.isArray() || requested.isEmpty()) {
            names.add("default");
            return names;
        }
        for (JsonNode g : requested) {
            String ref = g.path("name").asText();
            SecurityGroup found = ctx.state().securityGroups.values().stream()
                    .filter(sg -> sg.projectId.equals(caller.projectId()))
                    .filter(sg -> sg.name.equals(ref) || sg.id.equals(ref)).findFirst().orElse(null);
            if (found == null) {
                throw ApiError.badRequest("Security group " + ref + " not found for project "
                        + caller.projectId() + ".");
            }
            names.add(found.name);
        }
        return names;
    }

    private void attachNetworks(Server server, JsonNode networks, Caller caller) {
        if (!networks.isArray()) {
            return;
        }
        PortFactory factory = new PortFactory(ctx);
        for (JsonNode n : networks) {
            String portId = n.path("port").asText(null);
            if (portId != null) {
                Port port = ctx.state().ports.get(portId);
                if (port == null) {
                    throw ApiError.badRequest("Port id " + portId + " could not be found.");
                }
                if (!port.deviceId.isEmpty()) {
                    throw ApiError.conflict("Port " + portId + " is still in use.");
                }
                port.deviceId = server.id;
                port.deviceOwner = "compute:" + server.availabilityZone;
                continue;
            }
            String netId = n.path("uuid").asText(null);
            if (netId == null || !ctx.state().networks.containsKey(netId)) {
                throw ApiError.badRequest("Network " + netId + " could not be found.");
            }
            JsonNode fixed = n.hasNonNull("fixed_ip")
                    ? io.opencenter.installer.sandbox.http.Json.arr().add(
                    io.opencenter.installer.sandbox.http.Json.obj().put("ip_address", n.get("fixed_ip").asText()))
                    : null;
            server.createdPorts.add(factory.create(caller.projectId(), netId, fixed, "compute:"
                    + server.availabilityZone, server.id, true).id);
        }
    }

    /**
     * A host for the new server, or null when the group's anti-affinity leaves none free. Soft anti-affinity, like
     * Nova's weigher for it, takes a host with the fewest members of the group, so the group spreads over every
     * host before two members share one.
     */
    private String schedule(ServerGroup group) {
        int hosts = Math.max(1, ctx.options().computeHosts());
        Map<String, Integer> membersOn = new HashMap<>();
        if (group != null) {
            for (String id : group.members) {
                Server member = ctx.state().servers.get(id);
                if (member != null && !member.host.isEmpty()) {
                    membersOn.merge(member.host, 1, Integer::sum);
                }
            }
        }
        if (group != null && group.policy.equals("affinity") && !group.members.isEmpty()) {
            Server first = ctx.state().servers.get(group.members.get(0));
            return first == null ? "compute-0" : first.host;
        }
        boolean hard = group != null && group.policy.equals("anti-affinity");
        boolean soft = group != null && group.policy.equals("soft-anti-affinity");
        String best = null;
        for (int i = 0; i < hosts; i++) {
            String host = "compute-" + ((ctx.state().servers.size() + i) % hosts);
            int load = membersOn.getOrDefault(host, 0);
            if (hard && load > 0) {
                continue;
            }
            if (!soft) {
                return host;
            }
            if (best == null || load < membersOn.getOrDefault(best, 0)) {
                best = host;
            }
        }
        return best;
    }

    private static String lastSegment(String ref) {
        int slash = ref.lastIndexOf('/');
        return slash < 0 ? ref : ref.substring(slash + 1);
    }
}
