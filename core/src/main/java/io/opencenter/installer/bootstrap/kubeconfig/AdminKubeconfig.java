package io.opencenter.installer.bootstrap.kubeconfig;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.bootstrap.kubeconfig.KubeconfigYaml.Kind;
import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.workspace.AtomicFiles;
import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.Folders;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

/**
 * The installer's admin kubeconfig for a cluster: one cluster (the API's real endpoint, the cluster CA embedded, so
 * TLS is verified), one user (the admin client certificate and key embedded) and one context, named as
 * {@link KubeconfigNames} says, which is the current context. Self-contained, so the file can be copied elsewhere.
 *
 * <p>The server is the address users reach the cluster at ({@code https://<floating-ip>:6443}); where a test or the
 * sandbox maps it to a local API server, that mapping lives in the client that dials it, never in this file.
 */
public final class AdminKubeconfig {
    private AdminKubeconfig() {}

    public static String render(String clusterName, String serverUrl, ClusterPki pki) {
        KubeconfigNames names = KubeconfigNames.of(clusterName);
        ObjectNode doc = KubeconfigYaml.newDocument();
        entries(names, serverUrl, pki).forEach((kind, entry) -> KubeconfigYaml.put(doc, kind, entry));
        doc.put("current-context", names.context());
        return KubeconfigYaml.write(doc);
    }

    /**
     * Writes {@link #render} to the cluster's {@code kubeconfig} (0600, through a temporary file and a rename, so a
     * reader never sees half a file) and returns its path.
     */
    public static Path write(ClusterFiles files, String clusterName, String serverUrl, ClusterPki pki)
            throws IOException {
        String text = render(clusterName, serverUrl, pki);
        Folders.create(files.dir());
        AtomicFiles.replace(files.kubeconfig(), text, PosixFilePermissions.fromString("rw-------"));
        return files.kubeconfig();
    }

    /**
     * The server of the cluster's entry in an admin kubeconfig {@link #write} made: the address users reach the API
     * at. Never returns or quotes anything else of the file (it holds the admin key).
     *
     * @throws IOException when the file cannot be read, is no kubeconfig, or has no cluster entry of that name with
     *                     a server (the message names the file)
     */
    public static String serverOf(Path file, String clusterName) throws IOException {
        String name = KubeconfigNames.of(clusterName).cluster();
        ObjectNode entry = KubeconfigYaml.entry(KubeconfigYaml.read(file), Kind.CLUSTER, name);
        String server = entry == null ? "" : entry.path(Kind.CLUSTER.field).path("server").asText("");
        if (server.isBlank()) {
            throw new IOException(file + " has no cluster \"" + name + "\" with a server; run the install again to "
                    + "write it anew");
        }
        return server;
    }

    /** The cluster, user and context entries ({@code {name, cluster|user|context: {…}}}) of the admin access. */
    static Map<Kind, ObjectNode> entries(KubeconfigNames names, String serverUrl, ClusterPki pki) {
        checkServer(serverUrl);
        JsonNodeFactory json = JsonNodeFactory.instance;
        Map<Kind, ObjectNode> entries = new EnumMap<>(Kind.class);
        entries.put(Kind.CLUSTER, entry(names.cluster(), Kind.CLUSTER, json.objectNode().put("server", serverUrl)
                .put("certificate-authority-data", base64(pki.clusterCa().certPem()))));
        entries.put(Kind.USER, entry(names.user(), Kind.USER, json.objectNode()
                .put("client-certificate-data", base64(pki.admin().certPem()))
                .put("client-key-data", base64(pki.admin().keyPem()))));
        entries.put(Kind.CONTEXT, entry(names.context(), Kind.CONTEXT, json.objectNode()
                .put("cluster", names.cluster()).put("user", names.user())));
        return entries;
    }

    private static ObjectNode entry(String name, Kind kind, ObjectNode settings) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode().put("name", name);
        entry.set(kind.field, settings);
        return entry;
    }

    private static String base64(String pem) {
        return Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.UTF_8));
    }

    private static void checkServer(String serverUrl) {
        URI uri;
        try {
            uri = new URI(serverUrl);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("serverUrl \"" + serverUrl + "\" is not a URL; give "
                    + "https://<floating-ip>:6443");
        }
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("serverUrl \"" + serverUrl + "\" is not an https URL with a host; "
                    + "give https://<floating-ip>:6443");
        }
    }
}
