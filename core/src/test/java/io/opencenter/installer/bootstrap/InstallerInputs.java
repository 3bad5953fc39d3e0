package io.opencenter.installer.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.workspace.Folders;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the installer hands the first control plane, written to files for the real lane: the CA directory in
 * kubeadm's layout, the kubeadm init config, the admin ClusterRoleBinding, and the admin client certificate (group
 * {@link ClusterPki#ADMIN_GROUP}) with its key.
 *
 * <p>Until the installer's {@code PkiGenerator}/{@code KubeadmPkiLayout} and {@code KubeadmConfigs} are on this
 * branch, the CAs and the admin certificate are made here with openssl (the shape kubeadm expects: RSA 2048, CA:TRUE,
 * keyCertSign) and the config is written out below; the lane does not care who made them.
 *
 * @param pkiDir        ca.*, front-proxy-ca.*, etcd/ca.*, sa.key, sa.pub (keys 0600, folders 0700)
 * @param kubeadmConfig InitConfiguration + ClusterConfiguration, kubeadm.k8s.io/v1beta4
 * @param adminBinding  the ClusterRoleBinding {@link ClusterPki#ADMIN_BINDING}
 * @param adminDir      admin.crt and admin.key (0600)
 * @param token         the bootstrap token in the config (secret)
 */
record InstallerInputs(Path pkiDir, Path kubeadmConfig, Path adminBinding, Path adminDir, String token) {

    private static final String K8S_VERSION = "v1.35.4";

    /** What keeps {@link #write} from working here, or empty. */
    static Optional<String> missing() {
        try {
            Process p = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? Optional.empty()
                    : Optional.of("openssl does not run");
        } catch (IOException e) {
            return Optional.of("openssl is not on PATH");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    static InstallerInputs write(Path dir, String cluster, String vip, String floatingIp) throws IOException {
        Path pki = Folders.create(dir.resolve("pki"));
        Folders.create(pki.resolve("etcd"));
        Path admin = Folders.create(dir.resolve("admin"));
        ca(pki, "ca", "kubernetes");
        ca(pki, "front-proxy-ca", "front-proxy-ca");
        ca(pki, "etcd/ca", "etcd-ca");
        openssl(pki, "genrsa", "-out", "sa.key", "2048");
        openssl(pki, "rsa", "-in", "sa.key", "-pubout", "-out", "sa.pub");
        Path ext = admin.resolve("ext.cnf");
        Files.writeString(ext, "[ext]\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
                + "extendedKeyUsage=clientAuth\n");
        openssl(admin, "req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", "admin.key", "-out", "admin.csr",
                "-subj", "/O=" + ClusterPki.ADMIN_GROUP + "/CN=opencenter-installer");
        openssl(admin, "x509", "-req", "-in", "admin.csr", "-CA", pki.resolve("ca.crt").toString(),
                "-CAkey", pki.resolve("ca.key").toString(), "-CAcreateserial", "-days", "365",
                "-extfile", ext.toString(), "-extensions", "ext", "-out", "admin.crt");

        String token = randomToken();
        Path config = dir.resolve("kubeadm-config.yaml");
        Files.writeString(config, """
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
        ownerOnly(config);

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
        Files.writeString(file, """
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
        ownerOnly(file);
        return file;
    }

    @Override
    public String toString() {
        return "InstallerInputs[" + pkiDir + ", " + kubeadmConfig + ", token=(redacted)]";
    }

    private static void ca(Path pki, String name, String commonName) throws IOException {
        openssl(pki, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key", "-out", name + ".crt",
                "-days", "3650", "-subj", "/CN=" + commonName, "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign,digitalSignature");
    }

    /** Runs openssl in {@code dir}; keys it writes are 0600 (umask-independent: fixed after each run). */
    private static void openssl(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("openssl " + args[0] + " failed: " + out.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".key")).toList()) {
                ownerOnly(f);
            }
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private static String base64(Path file) throws IOException {
        return Base64.getEncoder().encodeToString(Files.readAllBytes(file));
    }

    private static String randomToken() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 23; i++) {
            sb.append(i == 6 ? '.' : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
