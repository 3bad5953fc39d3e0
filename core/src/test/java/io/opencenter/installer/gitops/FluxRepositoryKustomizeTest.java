package io.opencenter.installer.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.bootstrap.pki.RealTools;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.platform.ServiceDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder with a kustomization.yaml builds with the real {@code kubectl kustomize} (the test bed's kubectl), for
 * both profiles and with the optional services off. One kubectl per config: a scratch kustomization beside the tree
 * lists the cluster folder (which includes flux-system) and every service folder, so each is built as its own
 * kustomization in that one run.
 */
class FluxRepositoryKustomizeTest {

    static Stream<Arguments> configs() {
        return Stream.of(
                Arguments.of("openstack", List.of()),
                Arguments.of("generic", List.of()),
                Arguments.of("openstack", FluxRepositoryDependenciesTest.ALL_OPTIONAL));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("configs")
    void everyFolderBuildsWithTheRealKustomize(String profile, List<String> disabled, @TempDir Path dir)
            throws IOException {
        Path kubectl = RealTools.kubectl();
        var config = RepoFixtures.config(profile, disabled);
        List<SecretFile> secrets = PlatformSecrets.loadOrCreate(dir.resolve("workspace"))
                .secretFiles(config, RepoFixtures.CATALOG);
        RepoTree tree = FluxRepository.generate(RepoFixtures.inputs(config, secrets), new RepoFixtures.RecordingSealer());
        Path repo = dir.resolve("repo");
        for (var file : tree.files().entrySet()) {
            Path target = repo.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        List<String> folders = tree.directories().stream()
                .filter(d -> tree.has(d + "/" + RepoLayout.KUSTOMIZATION)).toList();
        String clusterDir = RepoLayout.clusterDir(config);
        List<String> listed = new ArrayList<>();
        for (String folder : folders) {
            // the cluster folder's kustomization includes flux-system itself
            if (!folder.equals(clusterDir + "/flux-system")) {
                listed.add("repo/" + folder);
            }
        }
        assertThat(folders).contains(clusterDir, clusterDir + "/flux-system", "infrastructure/cert-manager",
                "infrastructure/kyverno-policies");
        Files.writeString(dir.resolve(RepoLayout.KUSTOMIZATION), Yaml.write(FluxObjects.kustomizeFile(listed)));

        RealTools.Run run = RealTools.run(Map.of(), dir, kubectl.toString(), "kustomize", ".").ok();

        List<Manifest> built = Manifest.parseAll(run.out());
        TreeDocs docs = TreeDocs.of(tree);
        assertThat(built).hasSize(docs.docs().size());
        ServiceDef kyverno = RepoFixtures.CATALOG.service("kyverno").orElseThrow();
        assertThat(built.stream().filter(m -> m.ref().kind().kind().equals("ClusterPolicy"))
                .map(m -> m.ref().name()).sorted())
                .containsExactlyElementsOf(kyverno.policies().stream().sorted().toList())
                .hasSize(17);
        // every Secret kustomize built is one the sealer made
        assertThat(built).filteredOn(m -> m.ref().kind().kind().equals("Secret"))
                .hasSize(secrets.size())
                .allSatisfy(m -> assertThat(m.content()).containsKey("sops"));
    }
}
