package io.opencenter.installer.install;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.workspace.Workspace;

/**
 * One install: a validated config, its cloud, where the journal lives, and the last phase to run
 * ({@code --until}; {@link InstallPhase#HEALTH} means all).
 */
public record InstallRequest(ClusterConfig config, CloudConnection cloud, Workspace workspace, InstallPhase until,
                             Catalog catalog, BootstrapTimeouts timeouts) {

    public InstallRequest(ClusterConfig config, CloudConnection cloud, Workspace workspace, InstallPhase until,
                          Catalog catalog) {
        this(config, cloud, workspace, until, catalog, BootstrapTimeouts.DEFAULT);
    }
}
