package io.opencenter.installer.install;

import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.spec.ClusterConfig;

/**
 * A cluster's API as its kubeconfig names it, and what a simulated control plane needs to serve it like kubeadm
 * would (the CA to issue its serving certificate from, the version to report, the cluster it plays).
 *
 * @param config        the cluster's config
 * @param apiFloatingIp the address the kubeconfig names (port {@value #PORT})
 * @param pki           the cluster's PKI
 */
public record ClusterApiTarget(ClusterConfig config, String apiFloatingIp, ClusterPki pki) {

    public static final int PORT = 6443;

    public String cluster() {
        return config.name();
    }

    public String serverUrl() {
        return "https://" + apiFloatingIp + ":" + PORT;
    }
}
