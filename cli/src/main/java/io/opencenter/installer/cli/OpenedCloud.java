package io.opencenter.installer.cli;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.config.CloudsYaml;
import io.opencenter.installer.preflight.CloudEntryCheck;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.spec.Finding;
import java.util.List;

/**
 * The cloud a command talks to: a clouds.yaml entry (or {@code envvars}), or an in-process sandbox that lives
 * until {@link #close()}. When the entry cannot be used, {@code profile} is null and {@code findings} say why,
 * at {@code spec.cloud.name}.
 */
record OpenedCloud(CloudProfile profile, SandboxCloud sandbox, List<Finding> findings) implements AutoCloseable {
    static final String SANDBOX_LABEL = SandboxCloud.LABEL;

    static OpenedCloud sandbox(CloudEnvironment env) {
        SandboxCloud cloud = SandboxCloud.start(env.sandboxOptions());
        return new OpenedCloud(cloud.profile(), cloud, List.of());
    }

    static OpenedCloud fromClouds(CloudEnvironment env, String name) {
        CloudEntryCheck.Resolved resolved = CloudEntryCheck.resolve(CloudsYaml.load(env.locations()), name,
                SANDBOX_LABEL);
        return new OpenedCloud(resolved.profile(), null, resolved.findings());
    }

    boolean usable() {
        return profile != null;
    }

    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
