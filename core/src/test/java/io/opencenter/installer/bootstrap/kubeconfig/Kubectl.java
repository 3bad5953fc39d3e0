package io.opencenter.installer.bootstrap.kubeconfig;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.bootstrap.pki.RealTools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * The real kubectl reading kubeconfigs the way a user's would: {@code KUBECONFIG} set to the files given, {@code HOME}
 * set to a test folder so nothing of this machine's user is read or written. Only {@code config} subcommands: no
 * request leaves the process.
 */
final class Kubectl {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path home;

    Kubectl(Path home) {
        this.home = home;
    }

    /** {@code kubectl config <args>} with KUBECONFIG as given (a path list); the whole run. */
    RealTools.Run config(String kubeconfig, String... args) {
        String[] command = new String[args.length + 2];
        command[0] = RealTools.kubectl().toString();
        command[1] = "config";
        System.arraycopy(args, 0, command, 2, args.length);
        return RealTools.run(Map.of("KUBECONFIG", kubeconfig, "HOME", home.toString()), home, command);
    }

    /** {@code kubectl config view --raw -o json}: the merged kubeconfig as kubectl understands it. */
    JsonNode view(String kubeconfig) throws Exception {
        return JSON.readTree(config(kubeconfig, "view", "--raw", "-o", "json").ok().out());
    }

    /** The entry named {@code name} of the view's list ({@code clusters}, {@code users}, {@code contexts}). */
    static JsonNode entry(JsonNode view, String list, String name) {
        for (JsonNode e : view.path(list)) {
            if (name.equals(e.path("name").asText())) {
                return e;
            }
        }
        throw new AssertionError("no " + list + " entry named " + name + " in kubectl's view");
    }

    /** The view holds cluster {@code demo}'s admin access as AdminKubeconfig writes it, for {@code server}. */
    static void assertDemoAdmin(JsonNode view, String server, ClusterPki pki) {
        JsonNode cluster = entry(view, "clusters", "demo").path("cluster");
        assertThat(cluster.path("server").asText()).isEqualTo(server);
        assertThat(decode(cluster.path("certificate-authority-data"))).isEqualTo(pki.clusterCa().certPem());
        assertThat(cluster.has("insecure-skip-tls-verify")).isFalse();
        JsonNode user = entry(view, "users", "demo-admin").path("user");
        assertThat(decode(user.path("client-certificate-data"))).isEqualTo(pki.admin().certPem());
        assertThat(decode(user.path("client-key-data"))).isEqualTo(pki.admin().keyPem());
        JsonNode context = entry(view, "contexts", "demo").path("context");
        assertThat(context.path("cluster").asText()).isEqualTo("demo");
        assertThat(context.path("user").asText()).isEqualTo("demo-admin");
    }

    static String decode(JsonNode base64) {
        return new String(Base64.getDecoder().decode(base64.asText()), StandardCharsets.UTF_8);
    }
}
