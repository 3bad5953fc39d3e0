package io.opencenter.installer.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.bootstrap.pki.KubeadmPkiLayout;
import io.opencenter.installer.bootstrap.pki.PkiGenerator;
import io.opencenter.installer.workspace.Folders;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * What the installer hands the first control plane, written to files for the real lane: the CA directory in
 * kubeadm's layout ({@link PkiGenerator}, {@link KubeadmPkiLayout}), the kubeadm init config with the PKI's bootstrap
 * token, the admin ClusterRoleBinding, and the admin client certificate (group {@link ClusterPki#ADMIN_GROUP}) with
 * its key.
 *
 * <p>The config is written out below until the installer's {@code KubeadmConfigs} is on this branch.
 *
 * @param pkiDir        {@link KubeadmPkiLayout#files()} (keys 0600, folders 0700)
 * @param kubeadmConfig InitConfiguration + ClusterConfiguration, kubeadm.k8s.io/v1beta4
 * @param adminBinding  the ClusterRoleBinding {@link ClusterPki#ADMIN_BINDING}
 * @param adminDir      admin.crt and admin.key (0600)
 * @param token         the bootstrap token in the config (secret)
 */
record InstallerInputs(Path pkiDir, Path kubeadmConfig, Path adminBinding, Path adminDir, String token) {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String K8S_VERSION = "v1.35.4";

    static InstallerInputs write(Path dir, String cluster, String vip, String floatingIp) throws IOException {
        ClusterPki generated = PkiGenerator.generate(cluster, Instant.now());
        Path pki = dir.resolve("pki");
        KubeadmPkiLayout.write(generated, pki);
        Path admin = Folders.create(dir.resolve("admin"));
        writeOwnerOnly(admin.resolve("admin.crt"), generated.admin().certPem());
        writeOwnerOnly(admin.resolve("admin.key"), generated.admin().keyPem());

        String token = generated.bootstrapToken();
        Path config = dir.resolve("kubeadm-config.yaml");
        writeOwnerOnly(config, """
                apiVersion: kubeadm.k8s.io/v1beta4
                kind: InitConfiguration
                bootstrapTokens:
                - token: %s
                  ttl: 24h0m0s
                  groups: [system:bootstrappers:kubeadm:default-node-token]
                  usages: [signing, authentication]
                nodeRegistration:
                  kubeletExtraArgs:
                  - {name: cloud-provider, value: external}
                ---
                apiVersion: kubeadm.k8s.io/v1beta4
                kind: ClusterConfiguration
                clusterName: %s
                kubernetesVersion: %s
                controlPlaneEndpoint: %s:6443
                networking:
                  podSubnet: 10.244.0.0/16
                  serviceSubnet: 10.96.0.0/16
                apiServer:
                  certSANs: [%s, %s, 127.0.0.1, localhost]
                controllerManager:
                  extraArgs:
                  - {name: cloud-provider, value: external}
                """.formatted(token, cluster, K8S_VERSION, vip, vip, floatingIp));

        Path binding = dir.resolve("admin-binding.yaml");
        Files.writeString(binding, """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata:
                  name: %s
                roleRef:
                  apiGroup: rbac.authorization.k8s.io
                  kind: ClusterRole
                  name: cluster-admin
                subjects:
                - apiGroup: rbac.authorization.k8s.io
                  kind: Group
                  name: %s
                """.formatted(ClusterPki.ADMIN_BINDING, ClusterPki.ADMIN_GROUP));
        return new InstallerInputs(pki, config, binding, admin, token);
    }

    String tokenId() {
        return token.substring(0, token.indexOf('.'));
    }

    String tokenSecret() {
        return token.substring(token.indexOf('.') + 1);
    }

    /** The ClusterConfiguration document of {@link #kubeadmConfig}. */
    JsonNode clusterConfiguration() throws IOException {
        try (MappingIterator<JsonNode> docs = new YAMLMapper().readerFor(JsonNode.class).readValues(kubeadmConfig.toFile())) {
            for (JsonNode doc : docs.readAll()) {
                if ("ClusterConfiguration".equals(doc.path("kind").asText())) {
                    return doc;
                }
            }
        }
        throw new IllegalStateException(kubeadmConfig + " has no ClusterConfiguration");
    }

    /** A kubeconfig (0600) for {@code server} with the admin certificate and key embedded and the CA to verify. */
    Path adminKubeconfig(URI server) throws IOException {
        Path file = adminDir.resolve("admin-" + server.getHost() + ".kubeconfig");
        writeOwnerOnly(file, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: lane
                  cluster: {server: "%s", certificate-authority-data: %s}
                users:
                - name: admin
                  user: {client-certificate-data: %s, client-key-data: %s}
                contexts:
                - name: lane
                  context: {cluster: lane, user: admin}
                current-context: lane
                """.formatted(server, base64(pkiDir.resolve("ca.crt")), base64(adminDir.resolve("admin.crt")),
                base64(adminDir.resolve("admin.key"))));
        return file;
    }

    @Override
    public String toString() {
        return "InstallerInputs[" + pkiDir + ", " + kubeadmConfig + ", token=(redacted)]";
    }

    /** Created 0600 before anything is written to it (not chmod'ed afterwards: no readable moment). */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(file, content);
    }

    private static String base64(Path file) throws IOException {
        return Base64.getEncoder().encodeToString(Files.readAllBytes(file));
    }
}
