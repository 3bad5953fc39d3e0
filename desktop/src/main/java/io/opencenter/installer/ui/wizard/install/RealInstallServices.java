package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.install.Kubeconfigs;
import io.opencenter.installer.install.Resumable;
import io.opencenter.installer.workspace.Workspace;

/**
 * The real install side: the orchestrator, the workspace's unfinished installs, and merges into the kubeconfig of
 * the user running the installer. A lambda, so that the journal reader is not loaded before it is needed.
 */
public final class RealInstallServices {
    private RealInstallServices() {}

    public static InstallServices create(Workspace workspace) {
        return create(workspace, Kubeconfigs.forThisUser());
    }

    /** With the user's kubeconfig where {@code kubeconfigs} says (tests: a temporary one). */
    public static InstallServices create(Workspace workspace, Kubeconfigs kubeconfigs) {
        return InstallServices.of(workspace, () -> Resumable.list(workspace), kubeconfigs);
    }
}
