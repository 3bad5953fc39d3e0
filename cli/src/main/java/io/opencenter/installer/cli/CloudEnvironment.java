package io.opencenter.installer.cli;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.openstack.config.ConfigLocations;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.cloud.InfrastructureClouds;
import io.opencenter.installer.sandbox.SandboxOptions;
import java.util.function.Function;

/**
 * Where the cloud commands find clouds.yaml and the {@code OS_*} variables, how they start the sandbox and how
 * they connect (the read gateway, and the provisioning side for apply and destroy). The process's own environment
 * by default; tests swap in a temporary one so that no real clouds.yaml is read (and may connect without retries,
 * so an unreachable URL fails at once).
 */
record CloudEnvironment(ConfigLocations locations, SandboxOptions sandboxOptions,
                        Function<CloudProfile, OpenStackGateway> connector,
                        Function<CloudProfile, InfrastructureCloud> infrastructure) {

    CloudEnvironment(ConfigLocations locations, SandboxOptions sandboxOptions,
                     Function<CloudProfile, OpenStackGateway> connector) {
        this(locations, sandboxOptions, connector, InfrastructureClouds::connect);
    }

    CloudEnvironment(ConfigLocations locations, SandboxOptions sandboxOptions) {
        this(locations, sandboxOptions, OpenStackGateways::connect);
    }

    private static volatile CloudEnvironment current;

    static CloudEnvironment current() {
        CloudEnvironment env = current;
        return env != null ? env : new CloudEnvironment(ConfigLocations.ofSystem(), SandboxOptions.defaults());
    }

    /** Uses {@code env} until the returned handle is closed (tests only; commands run one at a time there). */
    static Override use(CloudEnvironment env) {
        current = env;
        return new Override();
    }

    static final class Override implements AutoCloseable {
        @java.lang.Override
        public void close() {
            current = null;
        }
    }
}
