package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.spec.ClusterConfig;

/**
 * What the Cloud page and the Cluster page's cloud check talk to: the clouds.yaml loader, a gateway factory, the
 * built-in sandbox and preflight. The application passes the real ones ({@link RealCloudServices}); tests swap in
 * a sandbox with small quotas or a fake cloud. Every method is called off the FX thread.
 */
public record CloudServices(CloudDirectory directory, GatewayFactory gateways, SandboxStarter sandbox,
                            PreflightRunner preflight) {

    /** Opens a connection (lazy login) to one cloud. */
    @FunctionalInterface
    public interface GatewayFactory {
        OpenStackGateway connect(CloudProfile profile);
    }

    /** Starts the built-in simulated cloud on first use and returns how to reach it (the same one afterwards). */
    @FunctionalInterface
    public interface SandboxStarter {
        CloudProfile start();
    }

    /** Checks a config against a cloud (names exist, minimums, quota headroom); creates nothing. */
    @FunctionalInterface
    public interface PreflightRunner {
        CloudCheck run(ClusterConfig config, CloudProfile profile, OpenStackGateway gateway);
    }

    /** For builds and tests without any cloud: every call says so. */
    public static CloudServices unavailable() {
        CloudDirectory none = new CloudDirectory() {
            @Override
            public Listing list() {
                return Listing.EMPTY;
            }

            @Override
            public CloudProfile profile(String cloudName) {
                throw new OpenStackException(OpenStackException.Kind.CONFIG, "no clouds.yaml loader in this build");
            }
        };
        return new CloudServices(none,
                profile -> {
                    throw new OpenStackException(OpenStackException.Kind.CONFIG, "no OpenStack client in this build");
                },
                () -> {
                    throw new OpenStackException(OpenStackException.Kind.CONFIG, "no sandbox in this build");
                },
                (config, profile, gateway) -> {
                    throw new OpenStackException(OpenStackException.Kind.CONFIG, "no preflight in this build");
                });
    }
}
