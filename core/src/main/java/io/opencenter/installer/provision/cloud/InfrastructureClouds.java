package io.opencenter.installer.provision.cloud;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.openstack.client.Openstack4jGateway;
import io.opencenter.installer.openstack.client.RetryPolicy;
import io.opencenter.installer.provision.InfrastructureCloud;

/** Builds the {@link InfrastructureCloud} of a cloud profile. Nothing is sent until the first call. */
public final class InfrastructureClouds {

    private InfrastructureClouds() {
    }

    public static InfrastructureCloud connect(CloudProfile profile) {
        return connect(profile, RetryPolicy.defaults());
    }

    /** With another retry policy for reads and deletes (tests: one that does not wait). */
    public static InfrastructureCloud connect(CloudProfile profile, RetryPolicy retry) {
        return over(OpenStackGateways.connect(profile, retry), label(profile));
    }

    /** On a gateway the caller already has (its retry policy applies to reads and deletes). */
    public static InfrastructureCloud over(Openstack4jGateway gateway, String label) {
        return new OpenStackInfrastructure(gateway, label);
    }

    /** {@code osr-ops (RegionOne)}: the profile's name and region, never a credential. */
    static String label(CloudProfile profile) {
        String region = profile.regionName() == null || profile.regionName().isBlank() ? "" : " ("
                + profile.regionName() + ")";
        return profile.name() + region;
    }
}
