package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.ui.wizard.install.InstallServices;
import io.opencenter.installer.ui.wizard.install.RealInstallServices;
import io.opencenter.installer.workspace.Workspace;

/** The install side the UI tests use: the real orchestrator and provisioning client in a temporary workspace. */
final class TestInstall {
    private TestInstall() {}

    static InstallServices services(Workspace workspace) {
        return RealInstallServices.create(workspace);
    }
}
