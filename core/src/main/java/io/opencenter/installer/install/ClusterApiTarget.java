package io.opencenter.installer.install;

import io.opencenter.installer.bootstrap.pki.ClusterPki;

/**
 * A cluster's API as its kubeconfig names it, and what a simulated control plane needs to serve it like kubeadm
 * would (the CA to issue its serving certificate from, the version to report).
 *
 * @param cluster           the cluster name
 * @param kubernetesVersion the config's {@code spec.kubernetes.version}
 * @param apiFloatingIp     the address the kubeconfig names (port 6443)
 * @param apiVip            the VIP inside the cluster network
 */
public record ClusterApiTarget(String cluster, String kubernetesVersion, String apiFloatingIp, String apiVip,
                               ClusterPki pki) {

    public static final int PORT = 6443;

    public String serverUrl() {
        return "https://" + apiFloatingIp + ":" + PORT;
    }
}
