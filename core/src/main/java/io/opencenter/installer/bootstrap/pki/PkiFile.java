package io.opencenter.installer.bootstrap.pki;

import io.opencenter.installer.workspace.AtomicFiles;
import io.opencenter.installer.workspace.Folders;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The files a {@link ClusterPki} is kept in, named as kubeadm names them under {@code /etc/kubernetes/pki}, plus the
 * installer's own admin certificate and the bootstrap token. One table, so the workspace store and the kubeadm layout
 * cannot disagree on a name or on which files are secret.
 */
enum PkiFile {
    CA_CERT("ca.crt", false, p -> p.clusterCa().certPem()),
    CA_KEY("ca.key", true, p -> p.clusterCa().keyPem()),
    FRONT_PROXY_CA_CERT("front-proxy-ca.crt", false, p -> p.frontProxyCa().certPem()),
    FRONT_PROXY_CA_KEY("front-proxy-ca.key", true, p -> p.frontProxyCa().keyPem()),
    ETCD_CA_CERT("etcd/ca.crt", false, p -> p.etcdCa().certPem()),
    ETCD_CA_KEY("etcd/ca.key", true, p -> p.etcdCa().keyPem()),
    SA_KEY("sa.key", true, ClusterPki::serviceAccountPrivatePem),
    SA_PUB("sa.pub", false, ClusterPki::serviceAccountPublicPem),
    ADMIN_CERT("admin.crt", false, p -> p.admin().certPem()),
    ADMIN_KEY("admin.key", true, p -> p.admin().keyPem()),
    BOOTSTRAP_TOKEN("bootstrap-token", true, p -> p.bootstrapToken() + "\n");

    /** What kubeadm reads from its certificate folder (the CAs and the service-account keys). */
    static final List<PkiFile> KUBEADM = List.of(CA_CERT, CA_KEY, FRONT_PROXY_CA_CERT, FRONT_PROXY_CA_KEY,
            ETCD_CA_CERT, ETCD_CA_KEY, SA_KEY, SA_PUB);

    /** kubeadm's modes: keys owner-only, certificates and public keys readable (they are public). */
    private static final Set<PosixFilePermission> SECRET_MODE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> PUBLIC_MODE = PosixFilePermissions.fromString("rw-r--r--");

    final String relativePath;
    final boolean secret;
    private final Function<ClusterPki, String> content;

    PkiFile(String relativePath, boolean secret, Function<ClusterPki, String> content) {
        this.relativePath = relativePath;
        this.secret = secret;
        this.content = content;
    }

    Path in(Path dir) {
        return dir.resolve(relativePath);
    }

    /** Writes this part of {@code pki} under {@code dir} (folders 0700 through Folders, file by temp + rename). */
    void write(ClusterPki pki, Path dir) throws IOException {
        Path file = in(dir);
        Folders.createParentOf(file);
        AtomicFiles.replace(file, content.apply(pki), secret ? SECRET_MODE : PUBLIC_MODE);
    }
}
