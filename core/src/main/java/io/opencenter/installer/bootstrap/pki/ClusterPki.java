package io.opencenter.installer.bootstrap.pki;

import java.util.Objects;

/**
 * Everything a cluster's nodes need to trust each other and the installer without SSH, generated on the installer's
 * machine before the servers exist: the three certificate authorities kubeadm expects, the service-account signing
 * key pair, the installer's admin client certificate and the bootstrap token nodes join with. Every private part is
 * a secret; {@link #toString()} names none of them.
 *
 * @param clusterCa                the Kubernetes CA (kubeadm's {@code ca.crt}/{@code ca.key})
 * @param frontProxyCa             the front-proxy CA ({@code front-proxy-ca.*})
 * @param etcdCa                   the etcd CA ({@code etcd/ca.*})
 * @param serviceAccountPublicPem  {@code sa.pub}
 * @param serviceAccountPrivatePem {@code sa.key} (secret)
 * @param admin                    the installer's client certificate, in {@link #ADMIN_GROUP}, signed by the cluster CA
 * @param bootstrapToken           {@code [a-z0-9]{6}.[a-z0-9]{16}} (secret)
 */
public record ClusterPki(KeyAndCert clusterCa, KeyAndCert frontProxyCa, KeyAndCert etcdCa,
                         String serviceAccountPublicPem, String serviceAccountPrivatePem, KeyAndCert admin,
                         String bootstrapToken) {

    /**
     * The admin certificate's organization. kubeadm (1.29+) binds this group to cluster-admin (ClusterRoleBinding
     * {@code kubeadm:cluster-admins}), and the installer applies its own binding too; unlike {@code system:masters}
     * the group's rights can be revoked, by deleting both bindings.
     */
    public static final String ADMIN_GROUP = "kubeadm:cluster-admins";

    /** The ClusterRoleBinding the installer applies for {@link #ADMIN_GROUP}. */
    public static final String ADMIN_BINDING = "opencenter:cluster-admins";

    public ClusterPki {
        Objects.requireNonNull(clusterCa, "clusterCa");
        Objects.requireNonNull(frontProxyCa, "frontProxyCa");
        Objects.requireNonNull(etcdCa, "etcdCa");
        Objects.requireNonNull(serviceAccountPublicPem, "serviceAccountPublicPem");
        Objects.requireNonNull(serviceAccountPrivatePem, "serviceAccountPrivatePem");
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(bootstrapToken, "bootstrapToken");
    }

    /** {@code sha256:<hex>}, the cluster CA's pin for {@code kubeadm join --discovery-token-ca-cert-hash}. */
    public String discoveryHash() {
        return DiscoveryHash.of(clusterCa.certPem());
    }

    @Override
    public String toString() {
        return "ClusterPki[(redacted)]";
    }
}
