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
    void theCloudConfigSecretsOfTheBootstrapAreCarriedSealed() {
        var settings = new io.opencenter.installer.bootstrap.cloudprovider.CloudProviderSettings("demo",
                "https://keystone.example.invalid:5000/v3", "RegionOne", "cred-id-1", "AppCredSecretValue99", null, false);
        List<SecretFile> files = CloudProviderSecrets.secretFiles(settings, RepoFixtures.CATALOG);
        assertThat(files).extracting(SecretFile::path).containsExactly(
                "infrastructure/openstack-ccm/secret-cloud-config.sops.yaml",
                "infrastructure/cinder-csi/secret-cloud-config.sops.yaml");
        assertThat(files.get(0).plaintextYaml()).contains("namespace: kube-system", "name: cloud-config");
        assertThat(files.get(1).plaintextYaml()).contains("namespace: cinder-csi");
        var sealer = new RepoFixtures.RecordingSealer();
        RepoTree tree = FluxRepository.generate(RepoFixtures.inputs(RepoFixtures.config("openstack", List.of()), files),
                sealer);
        assertThat(sealer.sealed).containsExactlyElementsOf(files);
        // cloud.conf travels base64-encoded in the Secret's data: neither form may reach the tree
        @SuppressWarnings("unchecked")
        var data = (java.util.Map<String, Object>) io.opencenter.installer.kube.Manifest.parse(files.get(0)
                .plaintextYaml()).content().get("data");
        String conf = (String) data.get("cloud.conf");
        assertThat(new String(Base64.getDecoder().decode(conf), StandardCharsets.UTF_8)).contains("AppCredSecretValue99");
        tree.files().keySet().forEach(p -> assertThat(tree.text(p)).as(p).doesNotContain("AppCredSecretValue99")
                .doesNotContain(conf));
        // the CCM's and the driver's own manifests are the bootstrap's, without a Secret
        assertThat(tree.text("infrastructure/openstack-ccm/cloud-controller-manager.yaml"))
                .contains("--cluster-name=demo").doesNotContain("kind: Secret");
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
