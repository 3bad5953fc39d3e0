package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.bootstrap.kubeconfig.MergeResult;
import io.opencenter.installer.install.InstallListener;
import io.opencenter.installer.install.InstallRequest;
import io.opencenter.installer.install.InstallResult;
import io.opencenter.installer.install.Installation;
import io.opencenter.installer.install.Kubeconfigs;
import io.opencenter.installer.install.Resumable;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.workspace.Workspace;
import java.io.IOException;
import java.util.List;

/**
 * What the Install page and Welcome's Resume talk to: the workspace (journals, config copies), the orchestrator,
 * the list of unfinished installs and the merge of a bootstrapped cluster into the user's kubeconfig. The cloud
 * comes from {@link io.opencenter.installer.ui.wizard.cloud.CloudServices}. Every call but {@link #workspace()} is
 * made off the FX thread.
 */
public record InstallServices(Workspace workspace, Runner runner, Unfinished unfinished, KubeconfigMerger kubeconfig) {

    /** Runs one install to its end (or cancel); {@link Installation#run} in the application. */
    @FunctionalInterface
    public interface Runner {
        InstallResult run(InstallRequest request, InstallListener listener, Cancellation cancel);
    }

    /** The installs of the workspace that can be resumed, newest first. */
    @FunctionalInterface
    public interface Unfinished {
        List<Resumable.Unfinished> list();
    }

    /** {@link Kubeconfigs#mergeIntoUserConfig} of the user whose kubeconfig it is (a test's, in tests). */
    @FunctionalInterface
    public interface KubeconfigMerger {
        MergeResult merge(Workspace workspace, String clusterName, boolean overwrite, boolean useContext)
                throws IOException;
    }

    /** The real orchestrator in {@code workspace}, merging into the kubeconfig {@code kubeconfigs} names. */
    public static InstallServices of(Workspace workspace, Unfinished unfinished, Kubeconfigs kubeconfigs) {
        return new InstallServices(workspace, Installation::run, unfinished, kubeconfigs::mergeIntoUserConfig);
    }

    /** For builds and tests that never install: starting one says so, and nothing is unfinished. */
    public static InstallServices unavailable(Workspace workspace) {
        return new InstallServices(workspace, (request, listener, cancel) -> {
            throw new OpenStackException(OpenStackException.Kind.CONFIG, "no provisioning client in this build");
        }, List::of, (ws, cluster, overwrite, useContext) -> {
            throw new IOException("no installed cluster in this build");
        });
    }
}
