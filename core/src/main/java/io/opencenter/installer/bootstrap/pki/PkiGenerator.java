package io.opencenter.installer.bootstrap.pki;

import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Makes a cluster's {@link ClusterPki} on the installer's machine, before its servers exist: the three CAs kubeadm
 * would otherwise make on the first control plane (same names, extensions and lifetimes), so the installer can
 * hand them to every node through cloud-init and trust the API server without ever logging into a node.
 */
public final class PkiGenerator {
    /** kubeadm's CA names: the cluster CA is {@code kubernetes}. */
    public static final String CLUSTER_CA_NAME = "kubernetes";
    public static final String FRONT_PROXY_CA_NAME = "front-proxy-ca";
    public static final String ETCD_CA_NAME = "etcd-ca";
    /** The admin certificate's CN: the user name the API server's audit log shows for the installer's requests. */
    public static final String ADMIN_USER = "opencenter-installer";

    private PkiGenerator() {}

    /**
     * A new PKI. Every call makes new keys: keep the result ({@link PkiStore}), nodes built with one PKI do not
     * trust another.
     *
     * @param clusterName only checked here (the CA names are kubeadm's fixed ones, whatever the cluster)
     */
    public static ClusterPki generate(String clusterName, Instant now) {
        if (clusterName == null || clusterName.isBlank()) {
            throw new IllegalArgumentException("clusterName must not be blank");
        }
        Objects.requireNonNull(now, "now");
        KeyAndCert clusterCa = CertificateIssuer.certificateAuthority(CLUSTER_CA_NAME, CertificateIssuer.CA_VALIDITY,
                now);
        KeyAndCert frontProxyCa = CertificateIssuer.certificateAuthority(FRONT_PROXY_CA_NAME,
                CertificateIssuer.CA_VALIDITY, now);
        KeyAndCert etcdCa = CertificateIssuer.certificateAuthority(ETCD_CA_NAME, CertificateIssuer.CA_VALIDITY, now);
        KeyPair serviceAccount = CertificateIssuer.newKeyPair();
        KeyAndCert admin = CertificateIssuer.clientCertificate(clusterCa, ADMIN_USER,
                List.of(ClusterPki.ADMIN_GROUP), CertificateIssuer.LEAF_VALIDITY, now);
        return new ClusterPki(clusterCa, frontProxyCa, etcdCa, Pem.publicKey(serviceAccount.getPublic()),
                Pem.privateKey(serviceAccount.getPrivate()), admin, BootstrapToken.generate());
    }
}
