package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxOptions;
import java.util.Optional;

/**
 * The built-in simulated cloud, started the first time the user tests it (not at start-up: most runs never need
 * it) and stopped with the application.
 */
public final class LazySandbox implements CloudServices.SandboxStarter, AutoCloseable {
    private final SandboxOptions options;
    private SandboxCloud cloud;

    public LazySandbox(SandboxOptions options) {
        this.options = options;
    }

    public static LazySandbox withDefaults() {
        return new LazySandbox(SandboxOptions.defaults());
    }

    @Override
    public synchronized CloudProfile start() {
        if (cloud == null) {
            cloud = SandboxCloud.start(options);
        }
        return cloud.profile();
    }

    /** The running sandbox, for its live knobs (tests set quotas through it). */
    public synchronized Optional<SandboxCloud> running() {
        return Optional.ofNullable(cloud);
    }

    @Override
    public synchronized void close() {
        if (cloud != null) {
            cloud.close();
            cloud = null;
        }
    }
}
