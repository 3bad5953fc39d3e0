package io.opencenter.installer.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.opencenter.installer.bootstrap.node.AdminBinding;
import io.opencenter.installer.bootstrap.node.KubeadmConfigs;
import io.opencenter.installer.bootstrap.node.NodeBootstrapInputs;
import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.bootstrap.pki.KubeadmPkiLayout;
import io.opencenter.installer.bootstrap.pki.PkiGenerator;
import io.opencenter.installer.provision.ResourceNames;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.SpecYaml;
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
 * kubeadm's layout ({@link PkiGenerator}, {@link KubeadmPkiLayout}), the first control plane's kubeadm config
 * ({@link KubeadmConfigs#init}), the admin ClusterRoleBinding ({@link AdminBinding}), and the admin client certificate
 * (group {@link ClusterPki#ADMIN_GROUP}) with its key. All of it is the installer's own code.
 *
 * @param pkiDir        {@link KubeadmPkiLayout#files()} (keys 0600, folders 0700)
 * @param kubeadmConfig InitConfiguration + ClusterConfiguration, kubeadm.k8s.io/v1beta4
 * @param adminBinding  the ClusterRoleBinding {@link ClusterPki#ADMIN_BINDING}
 * @param adminDir      admin.crt and admin.key (0600)
 * @param token         the bootstrap token in the config (secret)
 */
record InstallerInputs(Path pkiDir, Path kubeadmConfig, Path adminBinding, Path adminDir, String token) {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    static InstallerInputs write(Path dir, String clusterName, String vip, String floatingIp) throws IOException {
        ClusterPki generated = PkiGenerator.generate(clusterName, Instant.now());
        Path pki = dir.resolve("pki");
        KubeadmPkiLayout.write(generated, pki);
        Path admin = Folders.create(dir.resolve("admin"));
        writeOwnerOnly(admin.resolve("admin.crt"), generated.admin().certPem());
        writeOwnerOnly(admin.resolve("admin.key"), generated.admin().keyPem());

        // the installer's own first-control-plane config and admin binding, from a cluster config as a user writes it
        ClusterConfig cluster = clusterConfig(clusterName, vip);
        Path config = dir.resolve("kubeadm-config.yaml");
        writeOwnerOnly(config, KubeadmConfigs.init(NodeBootstrapInputs.of(cluster, generated, floatingIp),
                ResourceNames.name(clusterName, ResourceNames.CONTROL_PLANE, 1)));
        Path binding = dir.resolve("admin-binding.yaml");
        Files.writeString(binding, AdminBinding.manifest());
        String token = generated.bootstrapToken();
        return new InstallerInputs(pki, config, binding, admin, token);
    }

    /**
     * A cluster config as a user writes it: Kubernetes 1.35.4 (the test bed's kubeadm deploys 1.34 and later), one
     * control plane and a worker pool, the openstack profile (so the API server gets the OIDC flags of the cluster's
     * own Keycloak, which the lane leaves out).
     */
    private static ClusterConfig clusterConfig(String name, String vip) {
        SpecYaml.LoadResult read = SpecYaml.parse("""
                apiVersion: installer.opencenter.io/v1alpha1
                kind: Cluster
                metadata: {name: %s}
                spec:
                  cloud: {name: osr-demo, region: RegionOne}
                  kubernetes: {version: "1.35.4", podCidr: 10.244.0.0/16, serviceCidr: 10.96.0.0/12, apiVip: %s}
                  network: {nodeCidr: 10.20.0.0/24, externalNetwork: public, metallbPool: 10.20.0.200-10.20.0.220}
                  controlPlane: {count: 1, flavor: m1.small, image: ubuntu-24.04}
                  workerPools:
                    - {name: default, count: 1, flavor: m1.small, image: ubuntu-24.04}
                  platform: {profile: openstack}
                """.formatted(name, vip));
        if (!read.ok()) {
            throw new IllegalStateException("the lane's cluster config does not load: " + read.findings());
        }
        return read.config();
    }

    String tokenId() {
        return token.substring(0, token.indexOf('.'));
    }

    String tokenSecret() {
        return token.substring(token.indexOf('.') + 1);
    }

    /** The ClusterConfiguration document of {@link #kubeadmConfig}. */
    JsonNode clusterConfiguration() throws IOException {
        try (MappingIterator<JsonNode> docs = new YAMLMapper().readerFor(JsonNode.class)
                .readValues(kubeadmConfig.toFile())) {
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
