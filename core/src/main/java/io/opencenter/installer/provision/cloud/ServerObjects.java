package io.opencenter.installer.provision.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.CloudObject.Origin;
import io.opencenter.installer.provision.CloudObject.State;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceNames;
import io.opencenter.installer.provision.cloud.Ownership.Claim;
import org.openstack4j.api.Builders;
import org.openstack4j.model.compute.BDMDestType;
import org.openstack4j.model.compute.BDMSourceType;
import org.openstack4j.model.compute.Server;
import org.openstack4j.model.compute.builder.ServerCreateBuilder;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Nova servers. The cluster tag is server metadata, given at create, so a server is never untagged unless someone
 * else made it with a cluster name. A node boots on its own port (made beforehand with its fixed IP, address pairs
 * and security groups), from its volume or from the image.
 */
final class ServerObjects implements KindAdapter {

    private final CloudCalls calls;
    private final CloudLookups lookups;

    ServerObjects(CloudCalls calls, CloudLookups lookups) {
        this.calls = calls;
        this.lookups = lookups;
    }

    @Override
    public List<CloudObject> list(String cluster) {
        List<? extends Server> all = calls.read("compute", "list servers", c -> c.compute().servers().list(true));
        return all.stream()
                .filter(s -> Ownership.ofMetadata(s.getMetadata(), s.getName(), cluster).ours())
                .map(s -> toObject(s, Ownership.ofMetadata(s.getMetadata(), s.getName(), cluster) == Claim.TAGGED))
                .toList();
    }

    @Override
    public CloudObject create(PlannedResource resource, Map<String, String> ids) {
        ResourceAttributes.Server a = (ResourceAttributes.Server) resource.attributes();
        ServerCreateBuilder b = Builders.server().name(resource.name()).flavor(lookups.flavor(a.flavor()))
                .addNetworkPort(Ids.require(ids, a.portKey(), resource))
                .addMetadata(resource.tags());
        if (a.volumeKey() != null) {
            // Boot from the node's own volume; it outlives the server so a replaced server can boot from it again.
            b.blockDevice(Builders.blockDeviceMapping().uuid(Ids.require(ids, a.volumeKey(), resource))
                    .sourceType(BDMSourceType.VOLUME).destinationType(BDMDestType.VOLUME).bootIndex(0)
                    .deleteOnTermination(false).build());
        } else {
            b.image(lookups.image(a.image()));
        }
        String group = Ids.optional(ids, a.serverGroupKey(), resource);
        if (group != null) {
            b.addSchedulerHint("group", group);
        }
        String keypair = Ids.optional(ids, a.keypairKey(), resource);
        if (keypair != null) {
            b.keypairName(keypair);
        }
        if (a.availabilityZone() != null && !a.availabilityZone().isBlank()) {
            b.availabilityZone(a.availabilityZone());
        }
        if (a.userData() != null) {
            b.userData(Base64.getEncoder().encodeToString(a.userData().getBytes(StandardCharsets.UTF_8)));
        }
        Server created = calls.create("compute", "create server", c -> c.compute().servers().boot(b.build()));
        return new CloudObject(ResourceKind.SERVER, created.getId(), resource.name(), State.PENDING, "BUILD",
                resource.tags().containsKey(ResourceNames.CLUSTER_TAG_KEY), Origin.INSTALLER);
    }

    @Override
    public Optional<CloudObject> get(CloudObject object) {
        return calls.find("compute", "show server", c -> c.compute().servers().get(object.id()))
                .map(s -> toObject(s, object.tagged() || tagged(s.getMetadata())));
    }

    @Override
    public CloudObject ensureTagged(CloudObject object, String cluster) {
        if (object.tagged()) {
            return object;
        }
        // POST .../metadata merges keys, so repeating it is harmless.
        calls.read("compute", "tag server", c -> c.compute().servers()
                .updateMetadata(object.id(), Ownership.metadata(cluster)));
        return object.asTagged();
    }

    @Override
    public void delete(CloudObject object) {
        // Sent as is: openstack4j's server delete reports a refused delete (503, 429) as a success.
        calls.deleteJson("compute", "delete server", "/servers/" + object.id());
    }

    /**
     * Sent as JSON: openstack4j's {@code getConsoleOutput} answers null for a missing server and hides Nova's reason.
     * A read, so the retrying gateway may repeat it.
     */
    String consoleOutput(String serverId, int lines) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("os-getConsoleOutput").put("length", lines);
        JsonNode answer = calls.sendJson("compute", "read console output", "POST", "/servers/" + serverId
                + "/action", body);
        return answer.path("output").asText("");
    }

    private static boolean tagged(Map<String, String> metadata) {
        return metadata != null && metadata.containsKey(ResourceNames.CLUSTER_TAG_KEY);
    }

    private static CloudObject toObject(Server s, boolean tagged) {
        State state = CloudStates.server(s.getStatus(), s.getTaskState());
        String detail = s.getStatus() == null ? "" : s.getStatus().name();
        if (state == State.ERROR && s.getFault() != null && s.getFault().getMessage() != null) {
            detail = detail + ": " + s.getFault().getMessage();
        } else if (s.getTaskState() != null) {
            detail = detail + " (" + s.getTaskState() + ")";
        }
        return new CloudObject(ResourceKind.SERVER, s.getId(), s.getName(), state, detail, tagged, Origin.INSTALLER);
    }
}
