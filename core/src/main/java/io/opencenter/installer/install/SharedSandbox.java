package io.opencenter.installer.install;

import java.nio.file.Path;

/**
 * One sandbox for the life of an application (the wizard): the first start starts it (the state file of that
 * start is the one it keeps), later starts return the same one, and closing what a start returned leaves it
 * running; {@link #close()} stops it. Not started at all unless someone asks: most runs never need it.
 */
public final class SharedSandbox implements SandboxProvider, AutoCloseable {
    private final SandboxProvider provider;
    private Running running;

    public SharedSandbox(SandboxProvider provider) {
        this.provider = provider;
    }

    @Override
    public synchronized Running start(Path stateFile) {
        if (running == null) {
            running = provider.start(stateFile);
        }
        Running shared = running;
        return new Running() {
            @Override
            public io.opencenter.installer.openstack.CloudProfile profile() {
                return shared.profile();
            }

            @Override
            public ClusterApiRoute clusterApis() {
                return shared.clusterApis();
            }

            @Override
            public void close() {
                // shared: stopped with the application
            }
        };
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            running.close();
            running = null;
        }
    }
}
