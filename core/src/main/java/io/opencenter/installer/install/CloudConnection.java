package io.opencenter.installer.install;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.spec.ClusterConfig;
import java.util.function.Function;

/**
 * The cloud an install talks to: the profile, how to open the read gateway (preflight) and how to open the
 * provisioning side. Tests swap the connectors (e.g. for a gateway without retries).
 */
public record CloudConnection(CloudProfile profile, Function<CloudProfile, OpenStackGateway> gateway,
                              Function<CloudProfile, InfrastructureCloud> infrastructure, ClusterApiRoute apiRoute) {

    /** A real cloud: a cluster's API is dialled where its kubeconfig says, or as {@code ClusterApiRoute} maps it. */
    public CloudConnection(CloudProfile profile, Function<CloudProfile, OpenStackGateway> gateway,
                           Function<CloudProfile, InfrastructureCloud> infrastructure) {
        this(profile, gateway, infrastructure, ClusterApiRoute.fromEnvironment());
    }

    /** The same connection, reaching clusters' APIs by {@code route} (the sandbox's simulated control planes). */
    public CloudConnection withApiRoute(ClusterApiRoute route) {
        return new CloudConnection(profile, gateway, infrastructure, route);
    }

    /** The same connection in the config's region ({@code spec.cloud.region} wins over clouds.yaml's). */
    public CloudConnection inRegionOf(ClusterConfig config) {
        String region = config.spec() == null || config.spec().cloud() == null ? null : config.spec().cloud().region();
        if (region == null || region.isBlank() || region.equals(profile.regionName())) {
            return this;
        }
        return new CloudConnection(new CloudProfile(profile.name(), profile.auth(), region, profile.interfaceType(),
                profile.cacert(), profile.insecure(), profile.source()), gateway, infrastructure, apiRoute);
    }

    /** Opens the read gateway for {@link #profile()}; nothing is sent before its first call. */
    public OpenStackGateway openGateway() {
        return gateway.apply(profile);
    }

    /** Opens the provisioning side for {@link #profile()}. */
    public InfrastructureCloud openInfrastructure() {
        return infrastructure.apply(profile);
    }
}
