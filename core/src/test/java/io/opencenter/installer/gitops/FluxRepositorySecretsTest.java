package io.opencenter.installer.gitops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Secret reaches the repository through the sealer; no generated credential appears in plain text. */
class FluxRepositorySecretsTest {

    @Test
    void everySecretGoesThroughTheSealerAndNoCredentialIsInTheTree(@TempDir Path workspace) {
        var config = RepoFixtures.config("openstack", List.of());
        PlatformSecrets platform = PlatformSecrets.loadOrCreate(workspace);
        List<SecretFile> secrets = new java.util.ArrayList<>(platform.secretFiles(config, RepoFixtures.CATALOG));
        SecretFile cloudConfig = new SecretFile("infrastructure/openstack-ccm/secret-cloud-config.sops.yaml", """
                apiVersion: v1
                kind: Secret
                metadata: {name: cloud-config, namespace: kube-system}
                stringData: {cloud.conf: "application-credential-secret = TopSecretCredential42"}
                """);
        secrets.add(cloudConfig);
        var sealer = new RepoFixtures.RecordingSealer();

        RepoTree tree = FluxRepository.generate(RepoFixtures.inputs(config, secrets), sealer);

        assertThat(sealer.sealed).containsExactlyInAnyOrderElementsOf(secrets);
        assertThat(secrets).extracting(SecretFile::path).contains(
                "infrastructure/prometheus/secret-grafana-admin.sops.yaml",
                "infrastructure/harbor/secret-harbor-admin.sops.yaml",
                "infrastructure/keycloak/secret-keycloak-admin.sops.yaml",
                "infrastructure/headlamp/secret-headlamp-oidc.sops.yaml");
        TreeDocs docs = TreeDocs.of(tree);
        assertThat(docs.ofKind("Secret")).hasSize(secrets.size())
                .allSatisfy(d -> assertThat(d.content()).containsKey("sops").doesNotContainKey("stringData"));
        // each sealed file is listed by its folder's kustomization
        for (SecretFile s : secrets) {
            String folder = s.path().substring(0, s.path().lastIndexOf('/'));
            assertThat(tree.text(folder + "/kustomization.yaml")).contains(s.path().substring(folder.length() + 1));
        }
        List<String> plaintext = new java.util.ArrayList<>(platform.values());
        plaintext.add("TopSecretCredential42");
        assertThat(plaintext).hasSize(6);
        for (var entry : tree.files().entrySet()) {
            String text = new String(entry.getValue(), StandardCharsets.UTF_8);
            for (String value : plaintext) {
                assertThat(text).as(entry.getKey()).doesNotContain(value)
                        .doesNotContain(Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    @Test
    void aDisabledServiceGetsNoSecretAndAStraySecretIsRefused(@TempDir Path workspace) {
        var config = RepoFixtures.config("openstack", List.of("harbor", "prometheus"));
        List<SecretFile> secrets = PlatformSecrets.loadOrCreate(workspace).secretFiles(config, RepoFixtures.CATALOG);
        assertThat(secrets).extracting(SecretFile::path).noneMatch(p -> p.contains("harbor") || p.contains("grafana"));

        SecretFile stray = new SecretFile("infrastructure/harbor/secret-harbor-admin.sops.yaml",
                "apiVersion: v1\nkind: Secret\nmetadata: {name: harbor-admin, namespace: harbor}\n");
        assertThatThrownBy(() -> FluxRepository.generate(RepoFixtures.inputs(config, List.of(stray)),
                new RepoFixtures.RecordingSealer()))
                .hasMessageContaining("infrastructure/harbor/secret-harbor-admin.sops.yaml")
                .hasMessageContaining("disabled");
    }

    @Test
    void onlySecretsMayBeSealedAndTheirTextIsNeverQuoted() {
        var config = RepoFixtures.config("openstack", List.of());
        SecretFile notASecret = new SecretFile("infrastructure/harbor/extra.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: harbor}\n");
        assertThatThrownBy(() -> FluxRepository.generate(RepoFixtures.inputs(config, List.of(notASecret)),
                new RepoFixtures.RecordingSealer())).hasMessageContaining("does not hold a kind: Secret");
        SecretFile broken = new SecretFile("infrastructure/harbor/secret-x.sops.yaml", "password: [Hunter2Hunter2");
        assertThatThrownBy(() -> FluxRepository.generate(RepoFixtures.inputs(config, List.of(broken)),
                new RepoFixtures.RecordingSealer())).hasMessageNotContaining("Hunter2");
        assertThat(broken.toString()).doesNotContain("Hunter2");
    }

    @Test
    void theGeneratorItselfNeverWritesAPlaintextSecret() {
        RepoFiles files = new RepoFiles();
        assertThatThrownBy(() -> files.document("infrastructure/x", "s.yaml",
                Yaml.object("v1", "Secret", "s", "x", "stringData", Yaml.map("k", "v"))))
                .hasMessageContaining("plaintext Secret");
    }
}
