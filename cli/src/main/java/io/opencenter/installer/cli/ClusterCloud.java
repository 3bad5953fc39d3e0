package io.opencenter.installer.cli;

import io.opencenter.installer.install.CloudConnection;
import io.opencenter.installer.install.ClusterPreflight;
import io.opencenter.installer.preflight.PreflightReport;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the cloud a config names for the commands that act on a cluster. On the sandbox
 * ({@code spec.cloud.sandbox: true}) the simulated cloud keeps its state in the workspace (the wizard uses the same
 * file), so {@code apply} and a later {@code destroy} see the same cloud.
 */
final class ClusterCloud {
    private ClusterCloud() {}

    /**
     * @param keepState on the sandbox, create the state file when there is none yet (apply); otherwise a missing
     *                  state file means a fresh, empty sandbox that leaves nothing behind (plan, destroy)
     */
    static OpenedCloud open(CloudEnvironment env, ClusterConfig config, Workspace workspace, boolean keepState) {
        if (isSandbox(config)) {
            Path state = workspace.sandboxState();
            boolean use = keepState || Files.isRegularFile(state);
            return OpenedCloud.sandbox(new CloudEnvironment(env.locations(),
                    env.sandboxOptions().withStateFile(use ? state : null), env.connector(), env.infrastructure()));
        }
        return OpenedCloud.fromClouds(env, config.spec().cloud() == null ? null : config.spec().cloud().name());
    }

    static boolean isSandbox(ClusterConfig config) {
        return config.spec().cloud() != null && config.spec().cloud().isSandbox();
    }

    static CloudConnection connection(CloudEnvironment env, OpenedCloud cloud) {
        return new CloudConnection(cloud.profile(), env.connector(), env.infrastructure());
    }

    /**
     * Preflight of {@code config} on the cloud it names, counting only what the cluster does not have yet (a re-run
     * after a partial install is not short of the quota its own servers hold). Reads only.
     */
    static PreflightReport preflight(CloudEnvironment env, ClusterConfig config, Catalog catalog,
                                     Workspace workspace) {
        try (OpenedCloud cloud = open(env, config, workspace, false)) {
            if (!cloud.usable()) {
                return PreflightReport.of(cloud.findings());
            }
            return ClusterPreflight.run(config, connection(env, cloud), catalog);
        }
    }
}
