package io.opencenter.installer.gitops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same inputs → the same bytes; a changed input changes exactly the files that depend on it. */
class FluxRepositoryDeterminismTest {

    @Test
    void theSameInputsGiveTheSameBytes(@TempDir Path workspace) {
        var config = RepoFixtures.config("openstack", List.of());
        var secrets = PlatformSecrets.loadOrCreate(workspace).secretFiles(config, RepoFixtures.CATALOG);
        RepoTree first = FluxRepository.generate(RepoFixtures.inputs(config, secrets), new RepoFixtures.RecordingSealer());
        RepoTree second = FluxRepository.generate(RepoFixtures.inputs(config, List.copyOf(secrets)),
                new RepoFixtures.RecordingSealer());
        assertThat(first.differences(second)).isEmpty();
        assertThat(first).isEqualTo(second);
        assertThat(first.files().keySet()).containsExactlyElementsOf(second.files().keySet());
        first.files().forEach((path, bytes) -> assertThat(second.files().get(path)).as(path).isEqualTo(bytes));
        assertThat(String.join("\n", first.files().keySet().stream().map(first::text).toList()))
                .doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\dT");   // no timestamps
    }

    @Test
    void anotherPoolChangesOnlyWhatUsesTheGatewayAddress() {
        var before = RepoFixtures.config("openstack", List.of());
        var after = RepoFixtures.withPool(before, "10.20.0.210-10.20.0.220");
        RepoTree a = FluxRepository.generate(RepoFixtures.inputs(before, List.of()), new RepoFixtures.RecordingSealer());
        RepoTree b = FluxRepository.generate(RepoFixtures.inputs(after, List.of()), new RepoFixtures.RecordingSealer());
        assertThat(a.differences(b)).containsExactly(
                "infrastructure/harbor/helmrelease.yaml",       // externalURL
                "infrastructure/http-routes/gateway.yaml",      // the Service's address and the certificate
                "infrastructure/keycloak/keycloak.yaml",        // hostname and Headlamp's redirect
                "infrastructure/metallb-config/address-pool.yaml");
        assertThat(b.text("infrastructure/metallb-config/address-pool.yaml")).contains("10.20.0.210-10.20.0.220");
        assertThat(b.text("infrastructure/http-routes/gateway.yaml")).contains("metallb.io/loadBalancerIPs: 10.20.0.210");
    }

    @Test
    void disablingAServiceRemovesItsFolderAndItsEntries() {
        RepoTree all = RepoFixtures.tree("openstack", List.of());
        RepoTree noVelero = RepoFixtures.tree("openstack", List.of("velero"));
        assertThat(all.differences(noVelero)).containsExactly(
                "clusters/demo/flux-system/infrastructure.yaml",
                "clusters/demo/flux-system/namespaces.yaml",
                "infrastructure/velero/helmrelease.yaml",
                "infrastructure/velero/helmrepository.yaml",
                "infrastructure/velero/kustomization.yaml");
        assertThat(noVelero.directories()).doesNotContain("infrastructure/velero");
    }

    @Test
    void theGitopsPathPlacesTheClusterFolder() {
        var base = RepoFixtures.config("openstack", List.of());
        var s = base.spec();
        var config = new io.opencenter.installer.spec.ClusterConfig(base.apiVersion(), base.kind(), base.metadata(),
                new io.opencenter.installer.spec.ClusterSpec(s.cloud(), s.kubernetes(), s.network(), s.controlPlane(),
                        s.workerPools(), s.sshPublicKeyFile(), new io.opencenter.installer.spec.ClusterSpec.Platform(
                        "openstack", null, null, new io.opencenter.installer.spec.ClusterSpec.GitOps(
                        "oci://registry.example.invalid/demo", "main", "./fleet/east/")), s.provisioning(), s.offline()));
        RepoTree tree = FluxRepository.generate(RepoFixtures.inputs(config, List.of()), new RepoFixtures.RecordingSealer());
        assertThat(tree.directories()).contains("fleet/east", "fleet/east/flux-system").doesNotContain("clusters");
        // an OCI repository is reconciled from the bootstrap's OCIRepository
        assertThat(tree.text("fleet/east/flux-system/infrastructure.yaml"))
                .contains("kind: OCIRepository\n    name: flux-system").doesNotContain("kind: GitRepository");
    }

    @Test
    void refusesAConfigWithoutAPool() {
        var config = RepoFixtures.withPool(RepoFixtures.config("openstack", List.of()), null);
        assertThatThrownBy(() -> FluxRepository.generate(RepoFixtures.inputs(config, List.of()),
                new RepoFixtures.RecordingSealer()))
                .hasMessageContaining("spec.network.metallbPool");
    }
}
