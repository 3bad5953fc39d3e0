package io.opencenter.installer.kube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Kubeconfig files for tests: a small one written from scratch, or a copy of a real one with another CA. */
public final class Kubeconfigs {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Kubeconfigs() {
    }

    /** One cluster, one user with a bearer token, one current context "test". {@code caPem} may be null. */
    public static Path write(Path file, String server, String caPem, String token) {
        StringBuilder y = new StringBuilder("apiVersion: v1\nkind: Config\ncurrent-context: test\n")
                .append("clusters:\n- name: test-cluster\n  cluster:\n    server: ").append(server).append('\n');
        if (caPem != null) {
            y.append("    certificate-authority-data: ").append(base64(caPem)).append('\n');
        }
        y.append("contexts:\n- name: test\n  context:\n    cluster: test-cluster\n    user: test-user\n")
                .append("users:\n- name: test-user\n  user:\n    token: ").append(token).append('\n');
        return writeString(file, y.toString());
    }

    /** A copy of {@code original} whose every cluster trusts only {@code caPem} (file references dropped). */
    public static Path withCa(Path original, String caPem, Path copy) {
        try {
            JsonNode root = YAML.readTree(original.toFile());
            for (JsonNode c : root.path("clusters")) {
                ObjectNode cluster = (ObjectNode) c.path("cluster");
                cluster.remove("certificate-authority");
                cluster.put("certificate-authority-data", base64(caPem));
            }
            return writeString(copy, YAML.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server URL of the current context's cluster. */
    public static String server(Path kubeconfig) {
        try {
            JsonNode root = YAML.readTree(kubeconfig.toFile());
            String ctx = root.path("current-context").asText();
            String cluster = find(root.path("contexts"), ctx).path("context").path("cluster").asText();
            return find(root.path("clusters"), cluster).path("cluster").path("server").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every string value of the users' entries (tokens, key data): what no message may contain. */
    public static List<String> userSecrets(Path kubeconfig) {
        try {
            List<String> out = new ArrayList<>();
            for (JsonNode u : YAML.readTree(kubeconfig.toFile()).path("users")) {
                u.path("user").properties().forEach(f -> {
                    if (f.getValue().isTextual() && f.getValue().asText().length() >= 16) {
                        out.add(f.getValue().asText());
                    }
                });
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode find(JsonNode list, String name) {
        for (JsonNode e : list) {
            if (name.equals(e.path("name").asText())) {
                return e;
            }
        }
        return MissingNode.getInstance();
    }

    private static String base64(String pem) {
        return Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII));
    }

    private static Path writeString(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
