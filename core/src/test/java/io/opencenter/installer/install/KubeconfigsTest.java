package io.opencenter.installer.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.opencenter.installer.bootstrap.kubeconfig.AdminKubeconfig;
import io.opencenter.installer.bootstrap.kubeconfig.MergeResult;
import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.bootstrap.pki.PkiStore;
import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge both faces call: it takes the PKI and the API address the workspace holds after Bootstrap, and writes
 * only into the kubeconfig the given environment names (never this machine's).
 */
class KubeconfigsTest {
    private static final String SERVER = "https://203.0.113.10:6443";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;
    Workspace workspace;
    Path home;

    @BeforeEach
    void setUp() throws Exception {
        workspace = new Workspace(tmp.resolve("workspace"));
        home = tmp.resolve("home");
    }

    /** What Bootstrap leaves in the workspace: the PKI and the admin kubeconfig for the floating IP. */
    private ClusterPki bootstrapped(String cluster) throws Exception {
        ClusterFiles files = ClusterFiles.of(workspace, cluster);
        ClusterPki pki = PkiStore.loadOrCreate(files, cluster);
        AdminKubeconfig.write(files, cluster, SERVER, pki);
        return pki;
    }

    private static JsonNode read(Path file) throws Exception {
        return new YAMLMapper().readTree(file.toFile());
    }

    private static JsonNode entry(JsonNode doc, String list, String name) {
        for (JsonNode e : doc.path(list)) {
            if (name.equals(e.path("name").asText())) {
                return e;
            }
        }
        throw new AssertionError("no " + list + " entry " + name);
    }

    private static String decode(JsonNode base64) {
        return new String(Base64.getDecoder().decode(base64.asText()), StandardCharsets.UTF_8);
    }

    @Test
    void mergesTheWorkspacesClusterIntoTheKubeconfigTheEnvironmentNames() throws Exception {
        ClusterPki pki = bootstrapped("demo");
        Path userConfig = tmp.resolve("user/config");
        Kubeconfigs kubeconfigs = new Kubeconfigs(Map.of("KUBECONFIG", userConfig.toString()), home, CLOCK);
        assertThat(kubeconfigs.target()).isEqualTo(userConfig);

        MergeResult added = kubeconfigs.mergeIntoUserConfig(workspace, "demo", false, true);

        assertThat(added.outcome()).isEqualTo(MergeResult.Outcome.ADDED);
        assertThat(added.target()).isEqualTo(userConfig);
        assertThat(added.context()).isEqualTo("demo");
        assertThat(added.currentContextSet()).isTrue();
        JsonNode doc = read(userConfig);
        JsonNode cluster = entry(doc, "clusters", "demo").path("cluster");
        assertThat(cluster.path("server").asText()).as("the address from the admin kubeconfig").isEqualTo(SERVER);
        assertThat(decode(cluster.path("certificate-authority-data"))).isEqualTo(pki.clusterCa().certPem());
        assertThat(decode(entry(doc, "users", "demo-admin").path("user").path("client-certificate-data")))
                .isEqualTo(pki.admin().certPem());
        assertThat(doc.path("current-context").asText()).isEqualTo("demo");
        assertThat(home).doesNotExist();

        MergeResult again = kubeconfigs.mergeIntoUserConfig(workspace, "demo", false, true);
        assertThat(again.outcome()).isEqualTo(MergeResult.Outcome.UNCHANGED);
        assertThat(again.backup()).isEmpty();
    }

    @Test
    void withoutKubeconfigItIsTheHomesConfig() throws Exception {
        bootstrapped("demo");
        Kubeconfigs kubeconfigs = new Kubeconfigs(Map.of(), home, CLOCK);
        MergeResult added = kubeconfigs.mergeIntoUserConfig(workspace, "demo", false, false);
        assertThat(added.target()).isEqualTo(home.resolve(".kube/config"));
        assertThat(read(added.target()).path("current-context").asText()).isEmpty();
    }

    @Test
    void anotherClusterOfTheSameNameIsAConflictUntilOverwriteWhichBacksUpFirst() throws Exception {
        bootstrapped("demo");
        Path userConfig = tmp.resolve("user/config");
        Files.createDirectories(userConfig.getParent());
        String before = """
                apiVersion: v1
                kind: Config
                clusters:
                - name: demo
                  cluster:
                    server: https://10.9.9.9:6443
                contexts:
                - name: demo
                  context:
                    cluster: demo
                    user: someone
                current-context: demo
                """;
        Files.writeString(userConfig, before);
        Kubeconfigs kubeconfigs = new Kubeconfigs(Map.of("KUBECONFIG", userConfig.toString()), home, CLOCK);

        MergeResult conflict = kubeconfigs.mergeIntoUserConfig(workspace, "demo", false, false);
        assertThat(conflict.outcome()).isEqualTo(MergeResult.Outcome.CONFLICT);
        assertThat(conflict.conflicts()).anyMatch(c -> c.startsWith("cluster \"demo\""));
        assertThat(Files.readString(userConfig)).isEqualTo(before);

        MergeResult replaced = kubeconfigs.mergeIntoUserConfig(workspace, "demo", true, false);
        assertThat(replaced.outcome()).isEqualTo(MergeResult.Outcome.REPLACED);
        assertThat(replaced.backup()).contains(userConfig.resolveSibling("config.bak-20260304T050607Z"));
        assertThat(Files.readString(replaced.backup().orElseThrow())).isEqualTo(before);
        assertThat(entry(read(userConfig), "clusters", "demo").path("cluster").path("server").asText())
                .isEqualTo(SERVER);
    }

    @Test
    void aClusterNotYetBootstrappedIsNamedWithWhatToDo() {
        Kubeconfigs kubeconfigs = new Kubeconfigs(Map.of(), home, CLOCK);
        assertThatThrownBy(() -> kubeconfigs.mergeIntoUserConfig(workspace, "demo", false, false))
                .hasMessageContaining("cluster demo has no admin kubeconfig")
                .hasMessageContaining(ClusterFiles.of(workspace, "demo").kubeconfig().toString())
                .hasMessageContaining("run the install first");
        assertThat(home).doesNotExist();
    }

    @Test
    void anAdminKubeconfigWithoutTheClusterIsNamedAndNotQuoted() throws Exception {
        ClusterPki pki = bootstrapped("demo");
        Path admin = ClusterFiles.of(workspace, "demo").kubeconfig();
        // the file of another cluster name: it still holds a key, which the message must not quote
        Files.writeString(admin, AdminKubeconfig.render("other", SERVER, pki));
        Kubeconfigs kubeconfigs = new Kubeconfigs(Map.of(), home, CLOCK);
        assertThatThrownBy(() -> kubeconfigs.mergeIntoUserConfig(workspace, "demo", false, false))
                .hasMessageContaining(admin.toString())
                .hasMessageContaining("no cluster \"demo\"")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("BEGIN").doesNotContain(
                        Base64.getEncoder().encodeToString(pki.admin().keyPem().getBytes(StandardCharsets.UTF_8))
                                .substring(0, 40)));
    }
}
