package io.opencenter.installer.bootstrap.node;

import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import java.util.Objects;

/**
 * What every node's user-data is made from.
 *
 * @param config         the cluster's (validated) config
 * @param pki            the CAs, service-account keys and bootstrap token, generated before the servers exist
 * @param apiFloatingIp  the floating IP in front of the API VIP; a SAN of the API server's certificate, so the
 *                       installer reaches the API through it with TLS verified
 * @param registryMirror {@code spec.offline.registry} ({@code host[:port][/path]}), or null for an online install;
 *                       when set, containerd pulls every upstream registry's images through it
 */
public record NodeBootstrapInputs(ClusterConfig config, ClusterPki pki, String apiFloatingIp, String registryMirror) {

    public NodeBootstrapInputs {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(pki, "pki");
        Objects.requireNonNull(apiFloatingIp, "apiFloatingIp");
        if (registryMirror != null && registryMirror.isBlank()) {
            registryMirror = null;
        }
    }

    /** The inputs for {@code config}, with the registry mirror taken from {@code spec.offline.registry}. */
    public static NodeBootstrapInputs of(ClusterConfig config, ClusterPki pki, String apiFloatingIp) {
        ClusterSpec.Offline offline = config.spec() == null ? null : config.spec().offline();
        return new NodeBootstrapInputs(config, pki, apiFloatingIp, offline == null ? null : offline.registry());
    }

    /** Whether nodes pull through the offline registry (and fetch Calico's manifest from it). */
    public boolean offline() {
        return registryMirror != null;
    }

    @Override
    public String toString() {
        return "NodeBootstrapInputs[cluster=" + config.name() + ", apiFloatingIp=" + apiFloatingIp
                + ", registryMirror=" + registryMirror + ", pki=(redacted)]";
    }
}
