package io.opencenter.installer.bootstrap.kubeconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.opencenter.installer.bootstrap.kubeconfig.MergeResult.Outcome;
import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.bootstrap.pki.PkiGenerator;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merging into the user's kubeconfig, read back by the real kubectl: kubectl's file rules ({@code KUBECONFIG} list,
 * first existing file, else the last one; {@code ~/.kube/config} without it), backup first, other entries and the
 * current context kept, a name taken with other settings refused unless overwriting, nothing written when all is
 * already there.
 */
class KubeconfigMergeTest {
    static final String SERVER = "https://203.0.113.10:6443";
    static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
    /** A user's kubeconfig with another cluster, a token user, a current context and fields we do not know. */
    static final String OTHERS = """
            apiVersion: v1
            kind: Config
            # a comment kubectl would drop too
            clusters:
            - name: other
              cluster:
                server: https://10.1.2.3:6443
                insecure-skip-tls-verify: true
            users:
            - name: other-user
              user:
                token: other-secret-token-0123456789
            contexts:
            - name: other
              context:
                cluster: other
                user: other-user
                namespace: "1.33"
            current-context: other
            preferences:
              colors: true
            extensions:
            - name: my-extension
              extension:
                anything: [1, 2]
            """;
    static ClusterPki pki;

    @TempDir
    Path home;
    Kubectl kubectl;

    @BeforeAll
    static void generate() {
        pki = PkiGenerator.generate("demo", Instant.now());
    }

    @BeforeEach
    void kubectl() {
        kubectl = new Kubectl(home);
    }

    private KubeconfigMerge without() {
        return new KubeconfigMerge(Map.of(), home);
    }

    private KubeconfigMerge with(Path... files) {
        return new KubeconfigMerge(Map.of("KUBECONFIG", String.join(File.pathSeparator,
                Stream.of(files).map(Path::toString).toList())), home);
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static void assertOurs(JsonNode view) {
        Kubectl.assertDemoAdmin(view, SERVER, pki);
    }

    @Test
    void withoutKubeconfigOrFileItCreatesTheHomeConfig() throws Exception {
        Path config = home.resolve(".kube/config");
        assertThat(without().files()).containsExactly(config);
        MergeResult result = without().merge("demo", SERVER, pki, false, false, NOW);

        assertThat(result).isEqualTo(new MergeResult(config, Optional.empty(), "demo", Outcome.ADDED,
                false, List.of()));
        assertThat(mode(config)).isEqualTo("rw-------");
        assertThat(mode(config.getParent())).isEqualTo("rwx------");
        assertOurs(kubectl.view(config.toString()));
        assertThat(kubectl.config(config.toString(), "get-contexts", "-o", "name").ok().out()).isEqualTo("demo\n");
        assertThat(kubectl.view(config.toString()).path("current-context").asText()).as("not asked to use it")
                .isEmpty();
        assertThat(result.describe()).isEqualTo("Added context \"demo\" to " + config + ".");
    }

    @Test
    void anExistingConfigKeepsItsEntriesAndCurrentContextAndIsBackedUpFirst() throws Exception {
        Path config = Files.writeString(Files.createDirectories(home.resolve(".kube")).resolve("config"), OTHERS);
        MergeResult result = without().merge("demo", SERVER, pki, false, false, NOW);

        Path backup = home.resolve(".kube/config.bak-20260304T050607Z");
        assertThat(result.outcome()).isEqualTo(Outcome.ADDED);
        assertThat(result.backup()).contains(backup);
        assertThat(Files.readString(backup)).isEqualTo(OTHERS);
        assertThat(mode(backup)).isEqualTo("rw-------");
        assertThat(mode(config)).isEqualTo("rw-------");

        JsonNode view = kubectl.view(config.toString());
        assertOurs(view);
        assertThat(view.path("current-context").asText()).isEqualTo("other");
        assertThat(Kubectl.entry(view, "users", "other-user").path("user").path("token").asText())
                .isEqualTo("other-secret-token-0123456789");
        assertThat(Kubectl.entry(view, "clusters", "other").path("cluster").path("insecure-skip-tls-verify")
                .asBoolean()).isTrue();
        assertThat(Kubectl.entry(view, "contexts", "other").path("context").path("namespace").asText())
                .isEqualTo("1.33");
        assertThat(view.path("preferences").path("colors").asBoolean()).isTrue();
        assertThat(Kubectl.entry(view, "extensions", "my-extension").path("extension").path("anything"))
                .hasSize(2);
        assertThat(kubectl.config(config.toString(), "get-contexts", "-o", "name").ok().out())
                .isEqualTo("demo\nother\n");
        assertThat(kubectl.config(config.toString(), "current-context").ok().out()).isEqualTo("other\n");
    }

    @Test
    void theSameEntriesAgainChangeNothingAndMakeNoBackup() throws Exception {
        Path config = Files.writeString(Files.createDirectories(home.resolve(".kube")).resolve("config"), OTHERS);
        without().merge("demo", SERVER, pki, false, false, NOW);
        byte[] merged = Files.readAllBytes(config);

        MergeResult again = without().merge("demo", SERVER, pki, false, false, NOW.plusSeconds(60));
        assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(again.backup()).isEmpty();
        assertThat(Files.readAllBytes(config)).isEqualTo(merged);
        try (Stream<Path> files = Files.list(config.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("config",
                    "config.bak-20260304T050607Z");
        }
    }

    @Test
    void aNameTakenWithOtherSettingsIsRefusedUnlessOverwriting() throws Exception {
        Path config = Files.writeString(Files.createDirectories(home.resolve(".kube")).resolve("config"),
                OTHERS.replace("name: other\n  cluster:", "name: demo\n  cluster:")
                        .replace("    cluster: other", "    cluster: demo"));
        byte[] before = Files.readAllBytes(config);

        MergeResult refused = without().merge("demo", SERVER, pki, false, true, NOW);
        assertThat(refused.outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(refused.conflicts()).containsExactly("cluster \"demo\" in " + config);
        assertThat(refused.backup()).isEmpty();
        assertThat(refused.currentContextSet()).isFalse();
        assertThat(Files.readAllBytes(config)).as("untouched").isEqualTo(before);
        assertThat(refused.describe()).isEqualTo("Not merged into " + config + ": cluster \"demo\" in " + config
                + " already exists with other settings. Merge again with overwrite to replace it (the file is "
                + "backed up first), or use the cluster's own kubeconfig.");
        assertThat(refused.describe()).doesNotContain("other-secret-token");

        MergeResult replaced = without().merge("demo", SERVER, pki, true, false, NOW);
        assertThat(replaced.outcome()).isEqualTo(Outcome.REPLACED);
        assertThat(replaced.backup()).isPresent();
        assertThat(Files.readAllBytes(replaced.backup().orElseThrow())).isEqualTo(before);
        JsonNode view = kubectl.view(config.toString());
        assertOurs(view);
        assertThat(Kubectl.entry(view, "users", "other-user").path("user").path("token").asText())
                .isEqualTo("other-secret-token-0123456789");
        assertThat(view.path("clusters")).as("replaced in place, not added twice").hasSize(1);
    }

    @Test
    void useContextMakesItTheCurrentContext() throws Exception {
        Path config = Files.writeString(Files.createDirectories(home.resolve(".kube")).resolve("config"), OTHERS);
        MergeResult result = without().merge("demo", SERVER, pki, false, true, NOW);
        assertThat(result.currentContextSet()).isTrue();
        assertThat(kubectl.config(config.toString(), "current-context").ok().out()).isEqualTo("demo\n");
        assertThat(result.describe()).endsWith("; it is now the current context.");
    }

    @Test
    void theFirstExistingFileOfTheListTakesTheEntries() throws Exception {
        Path a = home.resolve("a/config");
        Path b = Files.writeString(Files.createDirectories(home.resolve("b")).resolve("config"), OTHERS);
        Path c = Files.writeString(Files.createDirectories(home.resolve("c")).resolve("config"), OTHERS
                .replace("other", "third"));
        KubeconfigMerge merge = with(a, b, c);
        assertThat(merge.target()).isEqualTo(b);

        MergeResult result = merge.merge("demo", SERVER, pki, false, false, NOW);
        assertThat(result.target()).isEqualTo(b);
        assertThat(a).doesNotExist();
        assertThat(Files.readString(c)).isEqualTo(OTHERS.replace("other", "third"));
        String list = String.join(File.pathSeparator, a.toString(), b.toString(), c.toString());
        assertOurs(kubectl.view(list));
        assertOurs(kubectl.view(b.toString()));
        assertThat(kubectl.config(list, "get-contexts", "-o", "name").ok().out()).isEqualTo("demo\nother\nthird\n");
    }

    @Test
    void whenNoFileOfTheListExistsTheLastIsCreated() throws Exception {
        Path a = home.resolve("a/config");
        Path b = home.resolve("b/config");
        MergeResult result = with(a, b).merge("demo", SERVER, pki, false, false, NOW);
        assertThat(result.target()).isEqualTo(b);
        assertThat(a).doesNotExist();
        assertThat(mode(b)).isEqualTo("rw-------");
        assertOurs(kubectl.view(a + File.pathSeparator + b));
        assertThat(home.resolve(".kube")).as("KUBECONFIG given: the home config is not touched").doesNotExist();
    }

    @Test
    void aNameTakenInALaterFileOfTheListIsAConflictToo() throws Exception {
        Path a = Files.writeString(Files.createDirectories(home.resolve("a")).resolve("config"), OTHERS);
        String taken = AdminKubeconfig.render("demo", "https://203.0.113.99:6443", pki);
        Path b = Files.writeString(Files.createDirectories(home.resolve("b")).resolve("config"), taken);
        MergeResult result = with(a, b).merge("demo", SERVER, pki, false, false, NOW);
        assertThat(result.outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(result.conflicts()).containsExactly("cluster \"demo\" in " + b);
        assertThat(Files.readString(a)).isEqualTo(OTHERS);
    }

    @Test
    void aSymlinkedConfigStaysALink() throws Exception {
        Path real = Files.writeString(Files.createDirectories(home.resolve("dotfiles")).resolve("kubeconfig"), OTHERS);
        Path link = Files.createSymbolicLink(Files.createDirectories(home.resolve(".kube")).resolve("config"),
                real);
        MergeResult result = without().merge("demo", SERVER, pki, false, false, NOW);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(result.backup()).contains(home.resolve("dotfiles/kubeconfig.bak-20260304T050607Z"));
        assertOurs(kubectl.view(link.toString()));
    }

    @Test
    void aFileThatIsNoKubeconfigIsAnErrorNamingItWithoutItsContent() throws Exception {
        Path config = Files.writeString(Files.createDirectories(home.resolve(".kube")).resolve("config"),
                "users: {token: other-secret-token-0123456789}\n");
        assertThatThrownBy(() -> without().merge("demo", SERVER, pki, false, false, NOW))
                .hasMessage(config + " is not a kubeconfig (users is not a list); fix the file, or set KUBECONFIG to "
                        + "leave it out of the merge");
        Files.writeString(config, "users:\n- name: x\n  user: {token: other-secret-token-0123456789\n");
        assertThatThrownBy(() -> without().merge("demo", SERVER, pki, false, false, NOW))
                .hasMessageStartingWith(config + " is not valid YAML (line ")
                .hasMessageNotContaining("other-secret-token");
        assertThat(Files.readString(config)).contains("other-secret-token");
    }
}
