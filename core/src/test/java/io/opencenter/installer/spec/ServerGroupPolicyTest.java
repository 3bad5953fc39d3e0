package io.opencenter.installer.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.spec.ClusterSpec.ControlPlane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code spec.controlPlane.serverGroupPolicy}: optional, two words, read from and written to the file as is. */
class ServerGroupPolicyTest {
    private final SpecValidator validator = new SpecValidator(TestServices.KNOWN);

    @ParameterizedTest
    @ValueSource(strings = {"anti-affinity", "soft-anti-affinity"})
    void bothPoliciesAreValidAndSurviveASaveAndLoad(String word) {
        ClusterConfig config = withPolicy(word);
        assertThat(validator.validate(config)).isEmpty();
        String yaml = SpecYaml.toYaml(config);
        assertThat(yaml).contains("serverGroupPolicy: " + word);
        ClusterConfig read = SpecYaml.parse(yaml).config();
        assertThat(read).isEqualTo(config);
        assertThat(read.spec().controlPlane().policyOrDefault()).contains(ServerGroupPolicy.of(word).orElseThrow());
    }

    @Test
    void absentMeansHardAntiAffinityAndIsNotWritten() {
        ClusterConfig config = withPolicy(null);
        assertThat(validator.validate(config)).isEmpty();
        assertThat(SpecYaml.toYaml(config)).doesNotContain("serverGroupPolicy");
        assertThat(config.spec().controlPlane().policyOrDefault()).contains(ServerGroupPolicy.ANTI_AFFINITY);
        assertThat(ServerGroupPolicy.DEFAULT).isEqualTo(ServerGroupPolicy.ANTI_AFFINITY);
    }

    @Test
    void anUnknownWordIsAnErrorAtThePathNamingBothChoices() {
        ClusterConfig config = withPolicy("spread");
        assertThat(config.spec().controlPlane().policyOrDefault()).isEmpty();
        assertThat(validator.validate(config)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.controlPlane.serverGroupPolicy");
            assertThat(f.isError()).isTrue();
            assertThat(f.message()).isEqualTo("serverGroupPolicy `spread` is not anti-affinity or soft-anti-affinity");
            assertThat(f.hint()).contains("needs at least as many hosts as nodes").contains("shares a host");
        });
    }

    @Test
    void affinityIsRefusedForWhatItWouldDo() {
        assertThat(validator.validate(withPolicy("soft-affinity"))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("same host"));
    }

    @Test
    void theWordsAreNovasOwn() {
        assertThat(ServerGroupPolicy.words()).containsExactly("anti-affinity", "soft-anti-affinity");
        assertThat(ServerGroupPolicy.SOFT_ANTI_AFFINITY.soft()).isTrue();
        assertThat(ServerGroupPolicy.ANTI_AFFINITY.soft()).isFalse();
        assertThat(ServerGroupPolicy.of("Anti-Affinity")).isEmpty(); // Nova's enum is case-sensitive, so is ours
    }

    static ClusterConfig withPolicy(String word) {
        ClusterConfig base = ClusterConfigs.sandboxDefault();
        ControlPlane cp = base.spec().controlPlane();
        ClusterSpec s = base.spec();
        ClusterSpec spec = new ClusterSpec(s.cloud(), s.kubernetes(), s.network(),
                new ControlPlane(cp.count(), cp.flavor(), cp.image(), cp.volumeSizeGb(), word), s.workerPools(),
                s.sshPublicKeyFile(), s.platform(), s.provisioning(), s.offline());
        return new ClusterConfig(base.apiVersion(), base.kind(), base.metadata(), spec);
    }
}
