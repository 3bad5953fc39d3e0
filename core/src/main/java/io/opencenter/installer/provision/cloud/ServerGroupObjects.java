package io.opencenter.installer.provision.cloud;

import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.CloudObject.Origin;
import io.opencenter.installer.provision.CloudObject.State;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceNames;
import org.openstack4j.model.compute.ServerGroup;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Nova server groups (the control plane's anti-affinity). They take no tags or metadata: found by name. */
final class ServerGroupObjects implements KindAdapter {

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

    @Override
    public CloudObject create(PlannedResource resource, Map<String, String> ids) {
        ResourceAttributes.ServerGroup a = (ResourceAttributes.ServerGroup) resource.attributes();
        ServerGroup g = calls.create("compute", "create server group",
                c -> c.compute().serverGroups().create(resource.name(), a.policy()));
        return toObject(g);
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

    private static CloudObject toObject(ServerGroup g) {
        return new CloudObject(ResourceKind.SERVER_GROUP, g.getId(), g.getName(), State.READY,
                g.getPolicies() == null ? "" : String.join(",", g.getPolicies()), true, Origin.INSTALLER);
    }
}
