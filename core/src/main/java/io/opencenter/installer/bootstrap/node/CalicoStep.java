package io.opencenter.installer.bootstrap.node;

import java.util.List;

/**
 * Calico, the CNI, applied by the first control plane right after {@code kubeadm init} and before anything else:
 * no node becomes Ready without a CNI. The manifest is pinned to {@value #VERSION} and fetched by the node when it
 * boots (never kept in this repository): from Calico's release on GitHub, or in an offline install from the
 * offline registry host ({@link #manifestUrl}). Its images then come through containerd's registry mirrors.
 *
 * <p>The manifest ships the pod CIDR setting commented out; the step switches it on with the cluster's
 * {@code spec.kubernetes.podCidr} and checks that it did, so a changed upstream layout fails the boot loudly
 * instead of giving pods addresses from Calico's default pool.
 */
final class CalicoStep {
    static final String VERSION = "v3.32.0";
    static final String MANIFEST = "/etc/opencenter/calico.yaml";
    static final String FIELD_MANAGER = "opencenter-bootstrap";

    private CalicoStep() {}

    /**
     * Where the node fetches the manifest: upstream's release, or {@code https://<registry host>/opencenter/calico/
     * <version>/calico.yaml} in an offline install (the path the offline bundle import publishes it under).
     */
    static String manifestUrl(String registryMirror) {
        if (registryMirror == null) {
            return "https://raw.githubusercontent.com/projectcalico/calico/" + VERSION + "/manifests/calico.yaml";
        }
        return "https://" + ContainerdConfig.mirrorHost(registryMirror) + "/opencenter/calico/" + VERSION
                + "/calico.yaml";
    }

    /** The runcmd lines: fetch, set the pod CIDR, check it, apply server-side (Calico's CRDs are large). */
    static List<String> commands(String podCidr, String registryMirror, String kubeconfig) {
        String cidr = Shell.sedReplacement(podCidr);
        String sed = "sed -i"
                + " -e " + Shell.quote("s@^\\([[:space:]]*\\)# - name: CALICO_IPV4POOL_CIDR@\\1- name: CALICO_IPV4POOL_CIDR@")
                + " -e " + Shell.quote("s@^\\([[:space:]]*\\)#   value: \"192.168.0.0/16\"@\\1  value: \"" + cidr + "\"@")
                + " " + MANIFEST;
        return List.of(
                "retry curl -fsSL -o " + MANIFEST + " " + Shell.quote(manifestUrl(registryMirror)),
                sed,
                "grep -Eq '^[[:space:]]*- name: CALICO_IPV4POOL_CIDR' " + MANIFEST,
                "grep -Fq " + Shell.quote("value: \"" + podCidr + "\"") + " " + MANIFEST,
                "retry kubectl --kubeconfig " + kubeconfig + " apply --server-side --force-conflicts --field-manager "
                        + FIELD_MANAGER + " -f " + MANIFEST);
    }
}
