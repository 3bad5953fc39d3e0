package io.opencenter.installer.bootstrap.node;

import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.bootstrap.pki.KeyAndCert;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared control-plane secrets, at the paths kubeadm looks for them: with these in place kubeadm init and
 * {@code join --control-plane} use the installer's CAs instead of making their own, so the installer's admin
 * certificate and the nodes' CA hash hold for the cluster. Only control planes get these files.
 */
final class ControlPlaneFiles {
    static final String PKI_DIR = "/etc/kubernetes/pki";

    private ControlPlaneFiles() {}

    static List<CloudConfig.WriteFile> of(ClusterPki pki) {
        List<CloudConfig.WriteFile> files = new ArrayList<>();
        ca(files, "ca", pki.clusterCa());
        ca(files, "front-proxy-ca", pki.frontProxyCa());
        ca(files, "etcd/ca", pki.etcdCa());
        files.add(CloudConfig.WriteFile.secret(PKI_DIR + "/sa.key", pki.serviceAccountPrivatePem()));
        files.add(CloudConfig.WriteFile.readable(PKI_DIR + "/sa.pub", pki.serviceAccountPublicPem()));
        return files;
    }

    private static void ca(List<CloudConfig.WriteFile> files, String name, KeyAndCert pair) {
        files.add(CloudConfig.WriteFile.readable(PKI_DIR + "/" + name + ".crt", pair.certPem()));
        files.add(CloudConfig.WriteFile.secret(PKI_DIR + "/" + name + ".key", pair.keyPem()));
    }
}
