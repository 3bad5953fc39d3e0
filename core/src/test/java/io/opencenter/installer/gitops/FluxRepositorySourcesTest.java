package io.opencenter.installer.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.platform.ServiceDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where Flux fetches charts and upstream manifests from, per chart source. */
class FluxRepositorySourcesTest {
    private static final RepoTree UPSTREAM = FluxRepository.generate(new RepoInputs(RepoFixtures.config("openstack",
            List.of()), RepoFixtures.CATALOG, ChartSource.upstream(), List.of()), new RepoFixtures.RecordingSealer());

    @Test
    void upstreamChartsComeFromTheCatalogsRepositoriesAtThePinnedVersions() {
        TreeDocs docs = TreeDocs.of(UPSTREAM);
        for (ServiceDef s : RepoFixtures.CATALOG.select(io.opencenter.installer.platform.Profile.OPENSTACK, List.of())
                .enabled()) {
            if (s.chart() == null || !s.chart().type().equals("helm")) {
                continue;
            }
            TreeDocs.Doc repo = docs.ofKind("HelmRepository").stream()
                    .filter(d -> d.name().equals(s.id()) && d.namespace().equals(s.namespace())).findFirst().orElseThrow();
            assertThat(repo.spec().get("url")).as(s.id()).isEqualTo(s.chart().repository());
            assertThat(repo.spec().get("type")).as(s.id())
                    .isEqualTo(s.chart().repository().startsWith("oci://") ? "oci" : null);
            assertThat(UPSTREAM.text("infrastructure/" + s.id() + "/helmrelease.yaml"))
                    .contains("chart: " + s.chart().name() + "\n").contains("version: " + s.chart().version() + "\n");
        }
        assertThat(UPSTREAM.text("infrastructure/gateway-controller/helmrepository.yaml")).contains("type: oci");
    }

    @Test
    void upstreamManifestsComeFromTheirGitRepositoriesAtTheTag() {
        String sources = UPSTREAM.text("clusters/demo/flux-system/sources.yaml");
        assertThat(sources).contains("kind: GitRepository", "url: https://github.com/operator-framework/operator-lifecycle-manager",
                "tag: v0.34.0", "url: https://github.com/kubernetes-csi/external-snapshotter", "tag: v8.2.1");
        assertThat(UPSTREAM.files().keySet()).noneMatch(p -> p.contains("olm.yaml") || p.contains("crds.yaml"));
    }

    @Test
    void aLocalSourceServesEveryChartAndManifest() {
        RepoTree local = RepoFixtures.tree("openstack", List.of());
        TreeDocs docs = TreeDocs.of(local);
        assertThat(docs.ofKind("HelmRepository")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.spec().get("url")).isEqualTo("http://127.0.0.1:16879"));
        assertThat(docs.ofKind("OCIRepository")).extracting(d -> d.spec().get("url"))
                .containsExactlyInAnyOrder("oci://127.0.0.1:16879/manifests/olm",
                        "oci://127.0.0.1:16879/manifests/external-snapshotter");
        assertThat(docs.ofKind("GitRepository")).isEmpty();
    }

    @Test
    void everyKustomizationDecryptsWithTheAgeKeyAndPrunes() {
        TreeDocs docs = TreeDocs.of(RepoFixtures.tree("generic", List.of()));
        assertThat(docs.fluxKustomizations()).isNotEmpty().allSatisfy(k -> {
            assertThat(k.spec()).containsEntry("prune", true).containsEntry("wait", true);
            assertThat(k.spec().get("decryption").toString()).isEqualTo("{provider=sops, secretRef={name=sops-age}}");
        });
    }

    @Test
    void metallbHandsOutThePoolAndTheGatewayTakesItsFirstAddress() {
        RepoTree tree = RepoFixtures.tree("openstack", List.of());
        assertThat(tree.text("infrastructure/metallb-config/address-pool.yaml"))
                .contains("kind: IPAddressPool", "- 10.20.0.200-10.20.0.220", "kind: L2Advertisement");
        assertThat(tree.text("infrastructure/http-routes/gateway.yaml"))
                .contains("metallb.io/loadBalancerIPs: 10.20.0.200", "name: opencenter");
        assertThat(tree.text("infrastructure/cluster-issuers/issuers.yaml"))
                .contains("selfSigned: {}", "isCA: true", "name: opencenter-ca");
    }
}
