package io.opencenter.installer.sandbox;

import io.opencenter.installer.install.SandboxProvider;
import java.nio.file.Path;

/**
 * The sandbox behind install's {@link SandboxProvider} port: each start is a {@link SandboxCloud} with these
 * options and the state file asked for. The faces' wiring roots pass it in; nothing else names it.
 */
public final class SandboxCloudProvider implements SandboxProvider {
    private final SandboxOptions options;

    public SandboxCloudProvider(SandboxOptions options) {
        this.options = options;
    }

    public static SandboxCloudProvider defaults() {
        return new SandboxCloudProvider(SandboxOptions.defaults());
    }

    @Override
    public SandboxCloud start(Path stateFile) {
        return SandboxCloud.start(options.withStateFile(stateFile));
    }
}
