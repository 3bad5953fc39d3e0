package io.opencenter.installer.provision.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.CloudObject.Origin;
import io.opencenter.installer.provision.CloudObject.State;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceNames;
import io.opencenter.installer.provision.cloud.Ownership.Claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Networks, subnets, routers, security groups, ports and floating IPs. Zed's Neutron takes no tags on create, so a
 * create is two calls: the POST (sent once) and a PUT of the cluster tag (repeatable). A run killed between the two
 * leaves an untagged object with the planned name, which {@link #list} reports and {@link #ensureTagged} fixes.
 */
final class NeutronObjects implements KindAdapter {

    private final NeutronCollection collection;
    private final CloudCalls calls;
    private final NeutronCreator creator;

    NeutronObjects(NeutronCollection collection, CloudCalls calls, NeutronCreator creator) {
        this.collection = collection;
        this.calls = calls;
        this.creator = creator;
    }

    @Override
    public List<CloudObject> list(String cluster) {
        List<CloudObject> ours = new ArrayList<>();
        for (JsonNode o : all()) {
            Claim claim = Ownership.ofTags(NeutronJson.tags(o), NeutronJson.text(o, collection.nameField()), cluster);
            if (claim.ours()) {
                ours.add(NeutronJson.toObject(collection, o, claim == Claim.TAGGED, Origin.INSTALLER));
            }
        }
        return ours;
    }

    /** Every object of the collection the project sees (its own, shared and external ones). */
    List<JsonNode> all() {
        JsonNode answer = calls.json("network", "list " + collection.path(), "/" + collection.path()
                + collection.listQuery());
        List<JsonNode> objects = new ArrayList<>();
        answer.path(collection.listMember()).forEach(objects::add);
        return objects;
    }

    @Override
    public CloudObject create(PlannedResource resource, Map<String, String> ids) {
        String id = creator.create(resource, ids);
        String cluster = resource.tags().get(ResourceNames.CLUSTER_TAG_KEY);
        CloudObject created = new CloudObject(collection.kind(), id, resource.name(), State.READY, "", false,
                Origin.INSTALLER);
        return cluster == null ? created : ensureTagged(created, cluster);
    }

    @Override
    public Optional<CloudObject> get(CloudObject object) {
        return calls.findJson("network", "show " + collection.member(), "/" + collection.path() + "/" + object.id())
                .map(answer -> answer.path(collection.member()))
                .map(o -> NeutronJson.toObject(collection, o, object.tagged() || hasClusterTag(o), object.origin()));
    }

    @Override
    public CloudObject ensureTagged(CloudObject object, String cluster) {
        if (object.tagged()) {
            return object;
        }
        // PUT .../tags/{tag} adds one tag and is idempotent, so it may be retried like a read.
        calls.update("network", "tag " + collection.member(), c -> c.networking().resourceTags()
                .addSingle(collection.tagResource(), object.id(), ResourceNames.neutronTag(cluster)));
        return object.asTagged();
    }

    @Override
    public void delete(CloudObject object) {
        String id = object.id();
        calls.delete("network", "delete " + collection.member(), c -> switch (collection) {
            case NETWORKS -> c.networking().network().delete(id);
            case SUBNETS -> c.networking().subnet().delete(id);
            case ROUTERS -> c.networking().router().delete(id);
            case SECURITY_GROUPS -> c.networking().securitygroup().delete(id);
            case PORTS -> c.networking().port().delete(id);
            case FLOATING_IPS -> c.networking().floatingip().delete(id);
        });
    }

    /** A floating IP's public address (only meaningful for {@link NeutronCollection#FLOATING_IPS}). */
    Optional<String> address(String id) {
        return calls.findJson("network", "show floating IP", "/" + collection.path() + "/" + id)
                .map(answer -> answer.path(collection.member()).path("floating_ip_address").asText(""))
                .filter(address -> !address.isEmpty());
    }

    private static boolean hasClusterTag(JsonNode o) {
        return NeutronJson.tags(o).stream().anyMatch(t -> t.startsWith(ResourceNames.CLUSTER_TAG_KEY + "="));
    }
}
