package io.opencenter.installer.provision.cloud;

import io.opencenter.installer.openstack.ApplicationCredentials;
import io.opencenter.installer.openstack.ApplicationCredentials.ApplicationCredential;
import io.opencenter.installer.openstack.client.Openstack4jGateway;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.CloudObject.Origin;
import io.opencenter.installer.provision.CloudObject.State;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceNames;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster's Keystone application credential, for destroy: found by its name among the logged-in user's
 * credentials ({@link ResourceNames#applicationCredential}), deleted by id. It is never planned: install makes it
 * when it bootstraps the cluster (it holds a secret the plan must not), so {@link #create} refuses.
 */
final class ApplicationCredentialObjects implements KindAdapter {

    private final Openstack4jGateway gateway;

    ApplicationCredentialObjects(Openstack4jGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public List<CloudObject> list(String cluster) {
        return credentials().named(ResourceNames.applicationCredential(cluster)).stream()
                .map(ApplicationCredentialObjects::toObject).toList();
    }

    @Override
    public CloudObject create(PlannedResource resource, Map<String, String> ids) {
        throw new IllegalArgumentException("application credentials are never planned");
    }

    @Override
    public Optional<CloudObject> get(CloudObject object) {
        return credentials().byId(object.id()).map(ApplicationCredentialObjects::toObject);
    }

    @Override
    public CloudObject ensureTagged(CloudObject object, String cluster) {
        return object.asTagged();
    }

    @Override
    public void delete(CloudObject object) {
        credentials().delete(object.id());
    }

    private ApplicationCredentials credentials() {
        return gateway.applicationCredentials();
    }

    private static CloudObject toObject(ApplicationCredential c) {
        return new CloudObject(ResourceKind.APPLICATION_CREDENTIAL, c.id(), c.name(), State.READY,
                c.unrestricted() ? "unrestricted" : "", true, Origin.INSTALLER);
    }
}
