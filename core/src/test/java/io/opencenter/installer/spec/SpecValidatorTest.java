package io.opencenter.installer.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.spec.ClusterSpec.WorkerPool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecValidatorTest {
    private final SpecValidator validator = new SpecValidator(TestServices.KNOWN);

    @ParameterizedTest
    @ValueSource(strings = {"examples/openstack-cluster.yaml", "examples/sandbox-cluster.yaml"})
    void examplesHaveNoFindingsAtAll(String example) throws IOException {
        ClusterConfig config = SpecYaml.load(Path.of(example)).config();
        assertThat(validator.validate(config)).isEmpty();
    }

    @Test
    void minimalConfigWithOnlyRequiredKeysIsValid() throws IOException {
        String yaml = new String(getClass().getResourceAsStream("/spec/minimal-sandbox.yaml").readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(validator.validate(SpecYaml.parse(yaml).config())).isEmpty();
    }

    @Test
    void apiVipOutsideNodeCidrIsReportedAtApiVipWithAFix() {
        ClusterConfig config = withK8s(ClusterConfigs.sandboxDefault(), "10.30.0.5");
        List<Finding> findings = validator.validate(config);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.kubernetes.apiVip");
            assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(f.message()).isEqualTo("apiVip 10.30.0.5 is outside nodeCidr 10.20.0.0/24");
            assertThat(f.hint()).isEqualTo("pick an address inside 10.20.0.0/24, e.g. 10.20.0.10");
        });
        assertThat(SpecValidator.isValid(findings)).isFalse();
    }

    @Test
    void suggestedVipAvoidsThePool() {
        ClusterConfig base = ClusterConfigs.sandboxDefault();
        ClusterSpec.Network net = base.spec().network();
        ClusterConfig config = withNetwork(withK8s(base, "10.20.0.1"),
                new ClusterSpec.Network(net.nodeCidr(), net.externalNetwork(), net.dnsNameservers(), "10.20.0.5-10.20.0.15"));
        assertThat(validator.validate(config)).singleElement()
                .satisfies(f -> assertThat(f.hint()).endsWith("e.g. 10.20.0.16"));
    }

    @Test
    void controlPlaneAloneIsValidWithAWarning() {
        ClusterConfig base = ClusterConfigs.sandboxDefault();
        ClusterConfig noWorkers = withPools(base, List.of(new WorkerPool("default", 0, "m1.large", "ubuntu-24.04", null)));
        List<Finding> findings = validator.validate(noWorkers);
        assertThat(SpecValidator.isValid(findings)).isTrue();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.workerPools");
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
        });
        assertThat(validator.validate(withPools(base, null))).extracting(Finding::severity)
                .containsExactly(Finding.Severity.WARNING);
    }

    @Test
    void sandboxNeedsNoCloudNameButARealCloudDoes() {
        ClusterConfig sandbox = ClusterConfigs.sandboxDefault();
        assertThat(sandbox.spec().cloud().name()).isNull();
        assertThat(validator.validate(sandbox)).isEmpty();

        ClusterConfig real = withCloud(sandbox, new ClusterSpec.Cloud(null, null, null, false));
        assertThat(validator.validate(real)).extracting(Finding::path).containsExactly("spec.cloud.name");
    }

    @Test
    void everyProblemInOneConfigIsReportedInOneRun() {
        String yaml = YamlEdit.openstack()
                .set("    count: 3", "    count: 4")
                .set("    parallelism: 4", "    parallelism: 40")
                .set("    profile: openstack", "    profile: OpenStack")
                .yaml();
        List<Finding> findings = validator.validate(SpecYaml.parse(yaml).config());
        assertThat(findings).extracting(Finding::path).containsExactly(
                "spec.provisioning.parallelism", "spec.controlPlane.count", "spec.platform.profile");
        assertThat(findings.get(2).hint()).startsWith("did you mean openstack?");
    }

    @Test
    void privateKeyPathGetsAWarningOnly() {
        ClusterConfig base = ClusterConfigs.sandboxDefault();
        ClusterSpec s = base.spec();
        ClusterConfig config = new ClusterConfig(base.apiVersion(), base.kind(), base.metadata(), new ClusterSpec(
                s.cloud(), s.kubernetes(), s.network(), s.controlPlane(), s.workerPools(), "/nonexistent/.ssh/id_ed25519",
                s.platform(), s.provisioning(), s.offline()));
        List<Finding> findings = validator.validate(config);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.sshPublicKeyFile");
            assertThat(f.isError()).isFalse();
        });
    }

    @Test
    void nullConfigIsAFindingNotACrash() {
        assertThat(validator.validate(null)).singleElement().satisfies(f -> assertThat(f.isError()).isTrue());
        assertThat(validator.validate(new ClusterConfig(null, null, null, null))).extracting(Finding::path)
                .containsExactly("apiVersion", "kind", "metadata", "spec");
    }

    private static ClusterConfig withK8s(ClusterConfig c, String apiVip) {
        ClusterSpec.Kubernetes k = c.spec().kubernetes();
        ClusterSpec s = c.spec();
        return new ClusterConfig(c.apiVersion(), c.kind(), c.metadata(), new ClusterSpec(s.cloud(),
                new ClusterSpec.Kubernetes(k.version(), k.podCidr(), k.serviceCidr(), apiVip), s.network(),
                s.controlPlane(), s.workerPools(), s.sshPublicKeyFile(), s.platform(), s.provisioning(), s.offline()));
    }

    private static ClusterConfig withNetwork(ClusterConfig c, ClusterSpec.Network network) {
        ClusterSpec s = c.spec();
        return new ClusterConfig(c.apiVersion(), c.kind(), c.metadata(), new ClusterSpec(s.cloud(), s.kubernetes(),
                network, s.controlPlane(), s.workerPools(), s.sshPublicKeyFile(), s.platform(), s.provisioning(), s.offline()));
    }

    private static ClusterConfig withPools(ClusterConfig c, List<WorkerPool> pools) {
        ClusterSpec s = c.spec();
        return new ClusterConfig(c.apiVersion(), c.kind(), c.metadata(), new ClusterSpec(s.cloud(), s.kubernetes(),
                s.network(), s.controlPlane(), pools, s.sshPublicKeyFile(), s.platform(), s.provisioning(), s.offline()));
    }

    private static ClusterConfig withCloud(ClusterConfig c, ClusterSpec.Cloud cloud) {
        ClusterSpec s = c.spec();
        return new ClusterConfig(c.apiVersion(), c.kind(), c.metadata(), new ClusterSpec(cloud, s.kubernetes(),
                s.network(), s.controlPlane(), s.workerPools(), s.sshPublicKeyFile(), s.platform(), s.provisioning(), s.offline()));
    }
}
