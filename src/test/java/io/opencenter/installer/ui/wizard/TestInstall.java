package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.ui.wizard.install.InstallServices;
import io.opencenter.installer.workspace.Workspace;
import java.util.List;

/** The install side the UI tests use: the real orchestrator in a temporary workspace. */
final class TestInstall {
    private TestInstall() {}

    static InstallServices services(Workspace workspace) {
        return InstallServices.of(workspace, profile -> {
            throw new OpenStackException(OpenStackException.Kind.CONFIG, "TODO: provisioning client not merged yet");
        }, List::of);
    }
}
