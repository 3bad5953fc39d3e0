package io.opencenter.installer.install;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import java.nio.file.Path;

/**
 * The port to the built-in simulated cloud. Core never knows what implements it: each face's wiring passes the
 * sandbox module's implementation. Each start is one cloud on loopback that lives until it is closed.
 */
@FunctionalInterface
public interface SandboxProvider {
    /** How the faces name it. */
    String LABEL = "Sandbox (simulated cloud)";

    /**
     * Starts a sandbox.
     *
     * @param stateFile where the sandbox keeps its state (loaded on start, saved after every change), or null for a
     *                  fresh one that leaves nothing behind
     */
    Running start(Path stateFile);

    /** A started sandbox: how to log in to it, how to reach its clusters' APIs, and stopping it. */
    interface Running extends AutoCloseable {
        CloudProfile profile();

        /**
         * How an install reaches the API of a cluster on this sandbox: its simulated control plane, started for the
         * cluster on first use (and stopped with the sandbox), with the cluster's floating IP mapped to it.
         */
        ClusterApiRoute clusterApis();

        @Override
        void close();
    }

    /** For builds without the sandbox: starting one says so. */
    static SandboxProvider unavailable() {
        return stateFile -> {
            throw new OpenStackException(OpenStackException.Kind.CONFIG, "no sandbox in this build");
        };
    }
}
