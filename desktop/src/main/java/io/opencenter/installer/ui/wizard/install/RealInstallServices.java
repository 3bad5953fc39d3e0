package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.install.Resumable;
import io.opencenter.installer.workspace.Workspace;

/**
 * The real install side: the orchestrator and the workspace's unfinished installs. A lambda, so that the journal
 * reader is not loaded before it is needed.
 */
public final class RealInstallServices {
    private RealInstallServices() {}

    public static InstallServices create(Workspace workspace) {
        return InstallServices.of(workspace, () -> Resumable.list(workspace));
    }
}
