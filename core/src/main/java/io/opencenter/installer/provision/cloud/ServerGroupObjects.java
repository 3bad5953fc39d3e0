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
import io.opencenter.installer.spec.ServerGroupPolicy;
import org.openstack4j.model.compute.ServerGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Nova server groups (the control plane's anti-affinity). They take no tags or metadata: found by name. A group's
 * {@link CloudObject#detail() detail} is its policy, as Nova lists it, so apply can tell whether the group it finds
 * is the one the plan asks for.
 */
final class ServerGroupObjects implements KindAdapter {

    /**
     * Nova takes the soft policies from microversion 2.15 on; below it refuses them as an invalid value. Sent only
     * for those, so the hard policy keeps working on any Nova. Both headers: Nova before 2.27 reads only the old
     * one.
     */
    static final String SOFT_POLICY_VERSION = "2." + ServerGroupPolicy.SOFT_POLICY_MICROVERSION;
    private static final Map<String, String> SOFT_POLICY_HEADERS = Map.of(
            "OpenStack-API-Version", "compute " + SOFT_POLICY_VERSION,
            "X-OpenStack-Nova-API-Version", SOFT_POLICY_VERSION);

    private final CloudCalls calls;

    ServerGroupObjects(CloudCalls calls) {
        this.calls = calls;
    }

    @Override
    public List<CloudObject> list(String cluster) {
        List<? extends ServerGroup> all = calls.read("compute", "list server groups",
                c -> c.compute().serverGroups().list());
        String name = ResourceNames.serverGroup(cluster);
        return all.stream().filter(g -> name.equals(g.getName())).map(ServerGroupObjects::toObject).toList();
    }

    /** {@code policies: [one]} as every microversion up to 2.63 takes it (2.64 renamed it to {@code policy}). */
    @Override
    public CloudObject create(PlannedResource resource, Map<String, String> ids) {
        ResourceAttributes.ServerGroup a = (ResourceAttributes.ServerGroup) resource.attributes();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode group = body.putObject("server_group").put("name", resource.name());
        group.putArray("policies").add(a.policy());
        boolean soft = ServerGroupPolicy.of(a.policy()).map(ServerGroupPolicy::soft).orElse(false);
        JsonNode answer = calls.createJson("compute", "create server group", "/os-server-groups", body,
                soft ? SOFT_POLICY_HEADERS : Map.of());
        JsonNode made = answer.path("server_group");
        return new CloudObject(ResourceKind.SERVER_GROUP, made.path("id").asText(), made.path("name").asText(),
                State.READY, String.join(",", policies(made)), true, Origin.INSTALLER);
    }

    @Override
    public Optional<CloudObject> get(CloudObject object) {
        return calls.find("compute", "show server group", c -> c.compute().serverGroups().get(object.id()))
                .map(ServerGroupObjects::toObject);
    }

    @Override
    public CloudObject ensureTagged(CloudObject object, String cluster) {
        return object.asTagged();
    }

    @Override
    public void delete(CloudObject object) {
        calls.delete("compute", "delete server group", c -> c.compute().serverGroups().delete(object.id()));
    }

    /** {@code policies} up to 2.63, {@code policy} from 2.64. */
    private static List<String> policies(JsonNode group) {
        List<String> policies = new ArrayList<>();
        group.path("policies").forEach(p -> policies.add(p.asText()));
        if (policies.isEmpty() && group.hasNonNull("policy")) {
            policies.add(group.get("policy").asText());
        }
        return policies;
    }

    private static CloudObject toObject(ServerGroup g) {
        return new CloudObject(ResourceKind.SERVER_GROUP, g.getId(), g.getName(), State.READY,
                g.getPolicies() == null ? "" : String.join(",", g.getPolicies()), true, Origin.INSTALLER);
    }
}
