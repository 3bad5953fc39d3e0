package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.install.Resumable;
import io.opencenter.installer.provision.cloud.InfrastructureClouds;
import io.opencenter.installer.workspace.Workspace;

/**
 * The real install side: the orchestrator, the openstack4j provisioning client and the workspace's unfinished
 * installs. Lambdas, so that neither openstack4j nor the journal reader is loaded before they are needed.
 */
public final class RealInstallServices {
    private RealInstallServices() {}

    public static InstallServices create(Workspace workspace) {
        return InstallServices.of(workspace, profile -> InfrastructureClouds.connect(profile),
                () -> Resumable.list(workspace));
    }
}
