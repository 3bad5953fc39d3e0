package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.install.CloudConnection;
import io.opencenter.installer.install.Clouds;
import io.opencenter.installer.install.OpenedCloud;
import io.opencenter.installer.spec.ClusterConfig;
import java.nio.file.Path;

/**
 * What the Cloud page, the Cluster page's cloud check and the Install page use of the cloud: install's
 * {@link Clouds} (clouds.yaml, typed credentials, the sandbox), where the wizard's sandbox keeps its state, and
 * preflight. The application builds the real ones; tests pass a sandbox with small quotas or a fake cloud. Every
 * call is made off the FX thread.
 *
 * @param sandboxState where the wizard's sandbox keeps its state (the workspace's, so an install on it can be
 *                     resumed after the window closed), or null for one that keeps nothing
 */
public record CloudServices(Clouds clouds, Path sandboxState, PreflightRunner preflight) {

    /** Checks a config against a cloud (names exist, minimums, quota headroom); creates nothing. */
    @FunctionalInterface
    public interface PreflightRunner {
        CloudCheck run(ClusterConfig config, CloudConnection cloud);
    }

    /**
     * The wizard's sandbox: started the first time it is needed and then the same one (the application's
     * {@code SharedSandbox}), stopped with the application, so closing what this returns is not needed.
     */
    public OpenedCloud sandbox() {
        return clouds.sandbox(sandboxState);
    }
}
