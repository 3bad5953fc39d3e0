package io.opencenter.installer.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecYamlTest {

    @ParameterizedTest
    @ValueSource(strings = {"examples/openstack-cluster.yaml", "examples/sandbox-cluster.yaml"})
    void loadSaveLoadGivesAnEqualConfig(String example, @TempDir Path dir) throws IOException {
        SpecYaml.LoadResult first = SpecYaml.load(Path.of(example));
        assertThat(first.findings()).isEmpty();
        assertThat(first.ok()).isTrue();

        Path saved = dir.resolve("saved.yaml");
        SpecYaml.save(first.config(), saved);
        SpecYaml.LoadResult second = SpecYaml.load(saved);

        assertThat(second.findings()).isEmpty();
        assertThat(second.config()).isEqualTo(first.config());
        assertThat(SpecYaml.toYaml(second.config())).isEqualTo(Files.readString(saved));
    }

    @Test
    void readsEveryFieldOfTheFullExample() throws IOException {
        ClusterConfig c = SpecYaml.load(Path.of("examples/openstack-cluster.yaml")).config();
        assertThat(c.name()).isEqualTo("prod-east");
        assertThat(c.spec().cloud().isSandbox()).isFalse();
        assertThat(c.spec().kubernetes().version()).isEqualTo("1.32.4");
        assertThat(c.spec().network().dnsNameservers()).containsExactly("1.1.1.1", "9.9.9.9");
        assertThat(c.spec().workerPools()).singleElement().satisfies(p -> assertThat(p.count()).isEqualTo(3));
        assertThat(c.spec().platform().disabled()).containsExactly("velero");
        assertThat(c.spec().platform().gitops().path()).isEqualTo("clusters/prod-east");
        assertThat(c.spec().provisioning().parallelism()).isEqualTo(4);
        assertThat(c.spec().offline().registry()).isEqualTo("registry.internal:5000");
    }

    @Test
    void savedYamlFollowsTheDocumentedKeyOrderAndOmitsUnsetValues() throws IOException {
        String yaml = SpecYaml.toYaml(SpecYaml.load(Path.of("examples/openstack-cluster.yaml")).config());
        assertThat(topLevelKeys(yaml, "")).containsExactly("apiVersion", "kind", "metadata", "spec");
        assertThat(topLevelKeys(yaml, "  ")).containsExactly("name", "cloud", "kubernetes", "network", "controlPlane",
                "workerPools", "sshPublicKeyFile", "platform", "provisioning", "offline");
        assertThat(yaml).containsSubsequence("version:", "podCidr:", "serviceCidr:", "apiVip:",
                "nodeCidr:", "externalNetwork:", "dnsNameservers:", "metallbPool:");

        String sandbox = SpecYaml.toYaml(ClusterConfigs.sandboxDefault());
        assertThat(sandbox).doesNotContain("null", "offline", "sshPublicKeyFile", "gitops", "  name: null");
        assertThat(sandbox).doesNotStartWith("---");
    }

    @Test
    void valuesThatLookLikeOtherTypesSurviveTheRoundTrip() {
        ClusterConfig base = ClusterConfigs.sandboxDefault();
        ClusterConfig tricky = new ClusterConfig(base.apiVersion(), base.kind(), new ClusterConfig.Metadata("true"),
                new ClusterSpec(new ClusterSpec.Cloud("null", "1.5", "no", true), base.spec().kubernetes(),
                        base.spec().network(), base.spec().controlPlane(), base.spec().workerPools(), "~/k: #x.pub",
                        base.spec().platform(), base.spec().provisioning(), null));
        SpecYaml.LoadResult again = SpecYaml.parse(SpecYaml.toYaml(tricky));
        assertThat(again.findings()).isEmpty();
        assertThat(again.config()).isEqualTo(tricky);
    }

    @Test
    void saveReplacesAnExistingFileAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nested/cluster.yaml");
        SpecYaml.save(ClusterConfigs.sandboxDefault(), file);
        Files.writeString(file, "garbage");
        SpecYaml.save(ClusterConfigs.sandboxDefault(), file);

        assertThat(SpecYaml.load(file).config()).isEqualTo(ClusterConfigs.sandboxDefault());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aMissingFileIsAnIoErrorNotAFinding(@TempDir Path dir) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SpecYaml.load(dir.resolve("nope.yaml")))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void typeErrorsNameLineColumnAndPath() {
        String yaml = YamlEdit.openstack().set("    count: 3", "    count: three").yaml();
        SpecYaml.LoadResult result = SpecYaml.parse(yaml);
        assertThat(result.config()).isNull();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.controlPlane.count");
            assertThat(f.message()).startsWith("line 24, column 12: ").contains("`three`", "whole number");
        });
    }

    @Test
    void unknownKeysAreAllReportedAtTheirOwnLines() {
        String yaml = YamlEdit.openstack()
                .set("    nodeCidr: 10.20.0.0/24", "    nodeCIDR: 10.20.0.0/24")
                .set("      flavor: m1.xlarge", "      flavour: m1.xlarge")
                .yaml();
        SpecYaml.LoadResult result = SpecYaml.parse(yaml);
        assertThat(result.config()).isNotNull();
        assertThat(result.ok()).isFalse();
        assertThat(result.findings()).extracting(Finding::path, Finding::hint).containsExactly(
                org.assertj.core.groups.Tuple.tuple("spec.network.nodeCIDR", "did you mean `nodeCidr`?"),
                org.assertj.core.groups.Tuple.tuple("spec.workerPools[0].flavour", "did you mean `flavor`?"));
        assertThat(result.findings().get(0).message()).startsWith("line 19, column 5: ");
        assertThat(result.findings().get(1).message()).startsWith("line 32, column 7: ");
    }

    @Test
    void unknownKeyWithAMappingValueIsSkippedWhole() {
        String yaml = YamlEdit.openstack().insertAfter("  offline:", "    proxy:", "      http: x", "      https: y").yaml();
        SpecYaml.LoadResult result = SpecYaml.parse(yaml);
        assertThat(result.findings()).extracting(Finding::path).containsExactly("spec.offline.proxy");
        assertThat(result.config().spec().offline().bundle()).isNotNull();
    }

    @Test
    void unknownKeysAreFoundInEveryListElementButNotBelowAnUnknownKey() {
        String yaml = YamlEdit.openstack()
                .insertAfter("      volumeSizeGb: 100", "    - name: big", "      count: 1", "      flavor: m1.large",
                        "      image: ubuntu-24.04", "      labels: {gpu: true}")
                .insertAfter("  offline:", "    proxy:", "      http: x", "      flavour: y")
                .yaml();
        SpecYaml.LoadResult result = SpecYaml.parse(yaml);
        assertThat(result.findings()).extracting(Finding::path)
                .containsExactly("spec.workerPools[1].labels", "spec.offline.proxy");
        assertThat(result.config().spec().workerPools()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "# just a comment\n", "---\n", "~\n", "null\n"})
    void emptyFilesGiveOneClearFinding(String yaml) {
        SpecYaml.LoadResult result = SpecYaml.parse(yaml);
        assertThat(result.config()).isNull();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEmpty();
            assertThat(f.message()).isEqualTo("the file is empty");
            assertThat(f.isError()).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"- a\n- b\n", "just text\n", "42\n", "[1, 2]\n", "a: [\n", "a: b: c\n", "\"unterminated\n",
            "{a: 1\n", "a: &x 1\nb: *y\n", "- ]\n"})
    void neverThrowsOnGarbage(String yaml) {
        SpecYaml.LoadResult result = SpecYaml.parse(yaml);
        assertThat(result.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.isError()).isTrue());
    }

    @Test
    void emptyValuesMeanNotGiven() {
        String yaml = YamlEdit.openstack().block("  provisioning:", "  provisioning:").yaml();
        SpecYaml.LoadResult result = SpecYaml.parse(yaml);
        assertThat(result.findings()).isEmpty();
        assertThat(result.config().spec().provisioning()).isNull();
    }

    @Test
    void minimalConfigLoads() throws IOException {
        String yaml = new String(getClass().getResourceAsStream("/spec/minimal-sandbox.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        SpecYaml.LoadResult result = SpecYaml.parse(yaml);
        assertThat(result.findings()).isEmpty();
        assertThat(result.config().spec().network().dnsNameservers()).isNull();
    }

    private static List<String> topLevelKeys(String yaml, String indent) {
        return yaml.lines()
                .filter(l -> l.startsWith(indent) && l.length() > indent.length()
                        && Character.isLetter(l.charAt(indent.length())))
                .map(l -> l.substring(indent.length(), l.indexOf(':')))
                .toList();
    }
}
