package io.opencenter.installer.install;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.cloud.InfrastructureClouds;
import java.util.function.Function;

/**
 * How a cloud profile becomes a {@link CloudConnection}: the read gateway (connection test, discovery, preflight)
 * and the provisioning side (apply, destroy). Tests pass their own (a gateway without retries, a fake cloud).
 */
public record CloudConnector(Function<CloudProfile, OpenStackGateway> gateway,
                             Function<CloudProfile, InfrastructureCloud> infrastructure) {

    /**
     * The openstack4j clients with the default retry policy. Lambdas, not method references, so that neither
     * client (nor openstack4j) is loaded before the first cloud call.
     */
    public static CloudConnector standard() {
        return new CloudConnector(profile -> OpenStackGateways.connect(profile),
                profile -> InfrastructureClouds.connect(profile));
    }

    /** For builds and tests without any cloud client: every connection says so when used. */
    public static CloudConnector unavailable() {
        return new CloudConnector(profile -> {
            throw new OpenStackException(OpenStackException.Kind.CONFIG, "no OpenStack client in this build");
        }, profile -> {
            throw new OpenStackException(OpenStackException.Kind.CONFIG, "no provisioning client in this build");
        });
    }

    /** Nothing is sent until the connection is used. */
    public CloudConnection connect(CloudProfile profile) {
        return new CloudConnection(profile, gateway, infrastructure);
    }
}
