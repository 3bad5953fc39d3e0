package io.opencenter.installer.install;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.spec.Finding;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A chosen cloud: its connection, or, when the choice cannot be used (an unknown clouds.yaml entry, a broken
 * one), findings at {@code spec.cloud.name} saying why. A sandbox started for it lives until {@link #close()}.
 */
public final class OpenedCloud implements AutoCloseable {
    private final CloudConnection connection;
    private final List<Finding> findings;
    private final SandboxProvider.Running sandbox;

    private OpenedCloud(CloudConnection connection, List<Finding> findings, SandboxProvider.Running sandbox) {
        this.connection = connection;
        this.findings = List.copyOf(findings);
        this.sandbox = sandbox;
    }

    static OpenedCloud of(CloudConnection connection) {
        return new OpenedCloud(connection, List.of(), null);
    }

    static OpenedCloud sandbox(CloudConnection connection, SandboxProvider.Running sandbox) {
        return new OpenedCloud(connection, List.of(), sandbox);
    }

    static OpenedCloud unusable(List<Finding> findings) {
        return new OpenedCloud(null, findings, null);
    }

    public boolean usable() {
        return connection != null;
    }

    /** The connection, or null when not {@link #usable()}. */
    public CloudConnection connection() {
        return connection;
    }

    /** The profile, or null when not {@link #usable()}. */
    public CloudProfile profile() {
        return connection == null ? null : connection.profile();
    }

    /** Why the cloud cannot be used; empty when it can. */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * The connection.
     *
     * @throws OpenStackException of kind CONFIG with the findings' messages and hints when the cloud cannot be used
     */
    public CloudConnection requireConnection() {
        if (connection == null) {
            throw new OpenStackException(OpenStackException.Kind.CONFIG, findings.stream()
                    .map(f -> f.message() + (f.hint() == null ? "" : " (" + f.hint() + ")"))
                    .collect(Collectors.joining("; ")));
        }
        return connection;
    }

    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
