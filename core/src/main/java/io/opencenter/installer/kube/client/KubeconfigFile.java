package io.opencenter.installer.kube.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.client.Config;
import io.opencenter.installer.kube.KubeException;
import io.opencenter.installer.kube.KubeException.Kind;
import io.opencenter.installer.workspace.TextFiles;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A kubeconfig file read under the installer's rules: the chosen context must name a cluster with a server, TLS is
 * verified against the kubeconfig's CA (or the JVM's trust store when it gives none) and a kubeconfig that turns
 * verification off ({@code insecure-skip-tls-verify}) is refused, and plain HTTP is accepted only to a loopback
 * address (nothing crosses a network then). fabric8 reads the credentials; this class first reads what the checks and
 * the error messages need, because fabric8 silently falls back to {@code https://kubernetes.default.svc} when the
 * context names no server, and honours {@code insecure-skip-tls-verify}.
 *
 * <p>Errors name the file, the context and the server; never a token or key (the YAML parser's message is dropped,
 * as it may quote the file).
 */
public record KubeconfigFile(Path path, String context, String server, Config config) {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .loaderOptions(TextFiles.yamlLimits()).build());

    /** Reads the kubeconfig with its current context (null) or the named one. */
    public static KubeconfigFile read(Path path, String context) {
        if (!Files.exists(path)) {
            throw config("kubeconfig " + path + " does not exist");
        }
        JsonNode root;
        try {
            // size cap, UTF-8 and control characters first, as for every file the installer reads
            root = YAML.readTree(TextFiles.read(path));
        } catch (TextFiles.Unreadable e) {
            throw config("kubeconfig " + e.getMessage());
        } catch (JsonProcessingException e) {
            throw config("kubeconfig " + path + " is not valid YAML (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw config("kubeconfig " + path + " cannot be read: " + e.getClass().getSimpleName());
        }
        String ctx = context != null ? context : text(root.path("current-context"));
        if (ctx == null) {
            throw config("kubeconfig " + path + " has no current-context; name a context");
        }
        JsonNode clusterName = named(root.path("contexts"), ctx).path("context").path("cluster");
        if (clusterName.isMissingNode()) {
            throw config("kubeconfig " + path + " has no context \"" + ctx + "\" naming a cluster");
        }
        JsonNode cluster = named(root.path("clusters"), clusterName.asText()).path("cluster");
        String server = text(cluster.path("server"));
        if (server == null) {
            throw config("kubeconfig " + path + ": cluster \"" + clusterName.asText() + "\" of context \"" + ctx
                    + "\" has no server");
        }
        String where = where(path, ctx, server);
        checkTransport(server, cluster.path("insecure-skip-tls-verify").asBoolean(false), where);
        return new KubeconfigFile(path, ctx, server, fabric8Config(path, ctx, where));
    }

    /** "kubeconfig /p (context "c", server https://...)": how every connection error names where it went. */
    public String where() {
        return where(path, context, server);
    }

    @Override
    public String toString() {
        // not the fabric8 Config: it holds the credentials
        return where();
    }

    private static String where(Path path, String context, String server) {
        return "kubeconfig " + path + " (context \"" + context + "\", server " + server + ")";
    }

    private static void checkTransport(String server, boolean insecure, String where) {
        URI uri;
        try {
            uri = new URI(server);
        } catch (URISyntaxException e) {
            throw config(where + ": the server is not a URL");
        }
        if (insecure) {
            throw config(where + " sets insecure-skip-tls-verify: the installer always verifies the API server's "
                    + "certificate; give the cluster's CA as certificate-authority-data instead");
        }
        if ("http".equals(uri.getScheme()) && !isLoopback(uri.getHost())) {
            throw config(where + ": plain HTTP is accepted only on a loopback address; use https");
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw config(where + ": the server must be an https URL");
        }
    }

    private static Config fabric8Config(Path path, String ctx, String where) {
        Config cfg;
        try {
            // Config.fromKubeconfig starts from Config.empty(): no system properties, no KUBERNETES_* or proxy
            // environment variables, no service-account token: only this file counts
            cfg = Config.fromKubeconfig(ctx, path.toFile());
        } catch (RuntimeException e) {
            throw config(where + " cannot be used: " + e.getClass().getSimpleName());
        }
        // belt and braces: what checkTransport allowed is what fabric8 does
        cfg.setTrustCerts(false);
        cfg.setDisableHostnameVerification(false);
        return cfg;
    }

    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if ("localhost".equalsIgnoreCase(h)) {
            return true;
        }
        // a literal address only: resolving a name here would itself be a lookup on the network
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    private static JsonNode named(JsonNode list, String name) {
        for (JsonNode entry : list) {
            if (name.equals(entry.path("name").asText(null))) {
                return entry;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    private static KubeException config(String message) {
        return new KubeException(Kind.CONFIG, 0, message, null);
    }
}
