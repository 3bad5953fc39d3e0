package io.opencenter.installer.provision;

import io.opencenter.installer.openstack.OpenStackException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cloud as apply sees it when nodes must bootstrap: a server's create gets its user-data rendered just before
 * it is sent, once the floating IP it names exists (servers depend on it in the plan). Everything else passes
 * through unchanged.
 */
public final class UserDataOnCreate implements InfrastructureCloud {

    private final InfrastructureCloud cloud;
    private final BootstrapData bootstrap;

    public UserDataOnCreate(InfrastructureCloud cloud, BootstrapData bootstrap) {
        this.cloud = cloud;
        this.bootstrap = bootstrap;
    }

    @Override
    public CloudObject create(PlannedResource resource, Map<String, String> ids) {
        if (!(resource.attributes() instanceof ResourceAttributes.Server server)) {
            return cloud.create(resource, ids);
        }
        String floatingIpId = ids.get(PlanBuilder.FLOATING_IP);
        if (floatingIpId == null) {
            throw new IllegalStateException(resource.name() + " was scheduled before the API floating IP it needs");
        }
        String address = cloud.floatingIpAddress(floatingIpId).orElseThrow(() -> new OpenStackException(
                OpenStackException.Kind.NOT_FOUND, "the API floating IP " + floatingIpId + " disappeared while "
                + resource.name() + " was being created; run the install again to make a new one"));
        String userData = bootstrap.userData(server.role(), server.group(), server.index(), address);
        return cloud.create(new PlannedResource(resource.key(), resource.kind(), resource.name(), resource.tags(),
                server.withUserData(userData), resource.dependsOn()), ids);
    }

    @Override
    public List<CloudObject> list(ResourceKind kind, String cluster) {
        return cloud.list(kind, cluster);
    }

    @Override
    public Optional<CloudObject> get(CloudObject object) {
        return cloud.get(object);
    }

    @Override
    public CloudObject ensureTagged(CloudObject object, String cluster) {
        return cloud.ensureTagged(object, cluster);
    }

    @Override
    public void delete(CloudObject object) {
        cloud.delete(object);
    }

    @Override
    public List<CloudObject> clusterCreated(String cluster) {
        return cloud.clusterCreated(cluster);
    }

    @Override
    public Optional<String> floatingIpAddress(String id) {
        return cloud.floatingIpAddress(id);
    }

    @Override
    public String consoleOutput(String serverId, int lines) {
        return cloud.consoleOutput(serverId, lines);
    }

    @Override
    public String describe() {
        return cloud.describe();
    }
}
