package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.install.Kubeconfigs;
import io.opencenter.installer.ui.wizard.install.InstallServices;
import io.opencenter.installer.ui.wizard.install.RealInstallServices;
import io.opencenter.installer.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The install side the UI tests use: the real orchestrator and provisioning client in a temporary workspace, and a
 * "user's kubeconfig" inside it, so that no UI test can write to the kubeconfig of the machine it runs on.
 */
final class TestInstall {
    private TestInstall() {}

    static InstallServices services(Workspace workspace) {
        return RealInstallServices.create(workspace, kubeconfigs(workspace.root().resolve("user-home")));
    }

    /** The kubeconfig of a user whose home is {@code home}: {@code <home>/.kube/config}, no KUBECONFIG. */
    static Kubeconfigs kubeconfigs(Path home) {
        return new Kubeconfigs(Map.of(), home, Clock.systemUTC());
    }
}
