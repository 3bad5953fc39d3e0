package io.opencenter.installer.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigFieldTest {
    private final SpecValidator validator = new SpecValidator(TestServices.KNOWN);

    @Test
    void pathsAreUniqueAndEachNamesAKeyOfTheFormat() {
        List<String> paths = Arrays.stream(ConfigField.values()).map(ConfigField::path).toList();
        assertThat(paths).doesNotHaveDuplicates();
        assertThat(paths).allSatisfy(p -> assertThat(ConfigSchema.typeAt(p)).as(p).isNotNull());
        assertThat(ConfigSchema.typeAt("spec.network.nodeCIDR")).isNull();
        assertThat(ConfigSchema.typeAt("spec.workerPools[].flavour")).isNull();
    }

    @Test
    void theContractSpellings() {
        assertThat(ConfigField.API_VIP.path()).isEqualTo("spec.kubernetes.apiVip");
        assertThat(ConfigField.NAME.path()).isEqualTo("metadata.name");
        assertThat(ConfigField.POOL_FLAVOR.path()).isEqualTo("spec.workerPools[].flavor");
        assertThat(ConfigField.POOL_FLAVOR.key()).isEqualTo("flavor");
        assertThat(NodeField.VOLUME_SIZE_GB.key()).isEqualTo("volumeSizeGb");
    }

    @Test
    void listsAndTheFieldsOfTheirElementsAreAddressedByIndex() {
        assertThat(ConfigField.WORKER_POOLS.at(2)).isEqualTo("spec.workerPools[2]");
        assertThat(ConfigField.POOL_COUNT.at(1)).isEqualTo("spec.workerPools[1].count");
        assertThat(ConfigField.DNS_NAMESERVERS.at(0)).isEqualTo("spec.network.dnsNameservers[0]");
        assertThat(ConfigField.DISABLED.at(3)).isEqualTo("spec.platform.disabled[3]");
        assertThatThrownBy(() -> ConfigField.API_VIP.at(0)).isInstanceOf(IllegalStateException.class);
        assertThat(ConfigField.WORKER_POOLS.elementFields()).extracting(ConfigField::key)
                .containsExactly("name", "count", "flavor", "image", "volumeSizeGb");
        assertThat(ConfigField.DNS_NAMESERVERS.elementFields()).isEmpty();
    }

    @Test
    void shapesComeFromTheRecords() {
        assertThat(ConfigField.NETWORK.isSection()).isTrue();
        assertThat(ConfigField.WORKER_POOLS.isList()).isTrue();
        assertThat(ConfigField.DNS_NAMESERVERS.isList()).isTrue();
        assertThat(ConfigField.API_VIP.isSection() || ConfigField.API_VIP.isList()).isFalse();
        assertThat(ConfigField.POOL_NAME.inListElement()).isTrue();
        assertThat(ConfigField.WORKER_POOLS.inListElement()).isFalse();
    }

    @Test
    void aPathIsReadBackAsItsField() {
        assertThat(ConfigField.values()).allSatisfy(f -> assertThat(ConfigField.of(f.path())).contains(f));
        assertThat(ConfigField.of("spec.workerPools[12].volumeSizeGb")).contains(ConfigField.POOL_VOLUME);
        assertThat(ConfigField.of("spec.workerPools[0]")).contains(ConfigField.WORKER_POOLS);
        assertThat(ConfigField.of("spec.platform.disabled[1]")).contains(ConfigField.DISABLED);
        assertThat(ConfigField.of("spec.cloud[0]")).isEmpty();
        assertThat(ConfigField.of("spec.network.nodeCIDR")).isEmpty();
        assertThat(ConfigField.of("")).isEmpty();
        assertThat(ConfigField.of(null)).isEmpty();
    }

    /** Every bad-config case, every block missing, and a config of nothing: each finding names a field. */
    @Test
    void everyPathTheValidatorEmitsIsAFieldOrAnIndexedFormOfOne() {
        List<Finding> findings = new ArrayList<>();
        BadConfigTest.cases().map(bad -> SpecYaml.parse(bad.yaml()).config())
                .filter(c -> c != null).forEach(c -> findings.addAll(validator.validate(c)));
        ClusterConfig base = ClusterConfigs.sandboxDefault();
        findings.addAll(validator.validate(new ClusterConfig(null, null, null, null)));
        findings.addAll(validator.validate(new ClusterConfig(base.apiVersion(), base.kind(),
                new ClusterConfig.Metadata(null), new ClusterSpec(null, null, null, null, null, null, null, null,
                new ClusterSpec.Offline(null, null)))));
        assertThat(findings).extracting(Finding::path).contains("apiVersion", "spec.network", "spec.kubernetes",
                "spec.offline", "spec.workerPools[1]", "spec.network.dnsNameservers[1]", "spec.platform.disabled[0]",
                "spec.workerPools[0].count");
        assertThat(findings).allSatisfy(f -> assertThat(ConfigField.of(f.path())).as(f.path()).isPresent());
    }
}
