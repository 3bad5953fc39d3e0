package io.opencenter.installer.install;

import io.opencenter.installer.kube.ApiEndpointMap;

/**
 * Where the installer dials a cluster's API. On a real cloud that is the floating IP itself, unless the one explicit
 * setting {@value ApiEndpointMap#ENV} maps it (tests against the real harness, whose floating IPs are not on this
 * machine). The sandbox starts its simulated control plane for the cluster and maps the floating IP to it.
 */
@FunctionalInterface
public interface ClusterApiRoute {

    ApiEndpointMap route(ClusterApiTarget target);

    /** The cluster was destroyed: whatever this route keeps for it (the sandbox's simulated state) goes. */
    default void forget(String cluster) {
    }

    /** Whether the API behind this route is a simulated one (the faces say so). */
    default boolean simulated() {
        return false;
    }

    /**
     * Where the platform of clusters behind this route comes from: upstream for a real cloud; the sandbox hands out
     * its simulated Flux. An offline bundle overrides it per install.
     */
    default PlatformSource platform() {
        return PlatformSource.upstream();
    }

    /** The floating IP as it is, or {@value ApiEndpointMap#ENV} when set. */
    static ClusterApiRoute fromEnvironment() {
        return target -> ApiEndpointMap.fromEnvironment();
    }
}
