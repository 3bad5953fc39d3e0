package io.opencenter.installer.install;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.config.ConfigLocations;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.preflight.CloudEntryCheck;
import io.opencenter.installer.preflight.PreflightReport;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Choosing and opening a cloud, the same for both faces: a clouds.yaml entry (or {@code envvars}), credentials
 * typed into the wizard, or the built-in sandbox. Each face's wiring root builds one: where clouds.yaml and the
 * {@code OS_*} variables are read, how a profile is connected, and which sandbox starts.
 */
public final class Clouds {
    private final CloudDirectory directory;
    private final CloudConnector connector;
    private final SandboxProvider sandbox;

    public Clouds(ConfigLocations locations, CloudConnector connector, SandboxProvider sandbox) {
        this.directory = new CloudDirectory(locations);
        this.connector = connector;
        this.sandbox = sandbox;
    }

    /** The process's clouds.yaml, environment and openstack4j clients, with this sandbox. */
    public static Clouds ofSystem(SandboxProvider sandbox) {
        return new Clouds(ConfigLocations.ofSystem(), CloudConnector.standard(), sandbox);
    }

    /** Reads clouds.yaml, secure.yaml and the environment again. */
    public CloudListing list() {
        return directory.list();
    }

    /** A clouds.yaml entry or {@code envvars}; the default cloud when {@code name} is blank. */
    public OpenedCloud named(String name) {
        CloudEntryCheck.Resolved resolved = directory.resolve(name);
        return resolved.profile() == null ? OpenedCloud.unusable(resolved.findings())
                : OpenedCloud.of(connector.connect(resolved.profile()));
    }

    /** Credentials typed into the wizard's form. */
    public OpenedCloud entered(CloudProfile profile) {
        return OpenedCloud.of(connector.connect(profile));
    }

    /**
     * Starts the sandbox (closing the result stops it).
     *
     * @param stateFile where it keeps its state, or null for a fresh one that leaves nothing behind
     */
    public OpenedCloud sandbox(Path stateFile) {
        SandboxProvider.Running running = sandbox.start(stateFile);
        return OpenedCloud.sandbox(connector.connect(running.profile()).withApiRoute(running.clusterApis()), running);
    }

    /**
     * Saves typed credentials as the clouds.yaml entry of the profile's name, the secret into secure.yaml, so a
     * config can name the cloud. Returns the clouds.yaml written.
     */
    public Path save(CloudProfile entered) {
        return directory.save(entered);
    }

    /**
     * The cloud a config names, for the commands that act on a cluster. On the sandbox
     * ({@code spec.cloud.sandbox: true}) the simulated cloud keeps its state in the workspace (the wizard uses the
     * same file), so {@code apply} and a later {@code destroy} see the same cloud.
     *
     * @param keepState on the sandbox, create the state file when there is none yet (apply); otherwise a missing
     *                  state file means a fresh, empty sandbox that leaves nothing behind (plan, destroy)
     */
    public OpenedCloud forCluster(ClusterConfig config, Workspace workspace, boolean keepState) {
        if (isSandbox(config)) {
            Path state = workspace.sandboxState();
            return sandbox(keepState || Files.isRegularFile(state) ? state : null);
        }
        return named(config.spec().cloud() == null ? null : config.spec().cloud().name());
    }

    /**
     * {@link ClusterPreflight} of {@code config} on the cloud it names, or the findings why that cloud cannot be
     * used. Reads only.
     */
    public PreflightReport preflight(ClusterConfig config, Workspace workspace, Catalog catalog) {
        try (OpenedCloud cloud = forCluster(config, workspace, false)) {
            if (!cloud.usable()) {
                return PreflightReport.of(cloud.findings());
            }
            return ClusterPreflight.run(config, cloud.connection(), catalog);
        }
    }

    public static boolean isSandbox(ClusterConfig config) {
        return config.spec() != null && config.spec().cloud() != null && config.spec().cloud().isSandbox();
    }
}
