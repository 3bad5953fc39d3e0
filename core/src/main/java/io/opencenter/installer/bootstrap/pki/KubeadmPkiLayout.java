package io.opencenter.installer.bootstrap.pki;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link ClusterPki} as kubeadm's certificate folder ({@code ca.crt ca.key front-proxy-ca.crt
 * front-proxy-ca.key etcd/ca.crt etcd/ca.key sa.key sa.pub}). kubeadm, finding a CA there, signs the node's
 * certificates with it instead of making its own CA, so every control plane shares the installer's CAs. Keys are
 * 0600, certificates and {@code sa.pub} 0644, as kubeadm writes them; folders the call creates are 0700.
 */
public final class KubeadmPkiLayout {
    private KubeadmPkiLayout() {}

    /** Writes the kubeadm files into {@code dir} (created when missing), replacing any that are there. */
    public static void write(ClusterPki pki, Path dir) throws IOException {
        for (PkiFile file : PkiFile.KUBEADM) {
            file.write(pki, dir);
        }
    }

    /** The path of each file kubeadm reads, relative to its certificate folder, in the order above. */
    public static List<String> files() {
        return PkiFile.KUBEADM.stream().map(f -> f.relativePath).toList();
    }
}
