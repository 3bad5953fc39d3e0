package io.opencenter.installer.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ClusterConfigsTest {

    @Test
    void sandboxDefaultIsExactlyTheSandboxExample() throws IOException {
        SpecYaml.LoadResult example = SpecYaml.load(Path.of("examples/sandbox-cluster.yaml"));
        assertThat(example.findings()).isEmpty();
        assertThat(ClusterConfigs.sandboxDefault()).isEqualTo(example.config());
    }

    @Test
    void sandboxDefaultIsValidAndUsesTheSandboxCloud() {
        ClusterConfig config = ClusterConfigs.sandboxDefault();
        assertThat(config.spec().cloud().isSandbox()).isTrue();
        assertThat(config.spec().kubernetes().version()).isEqualTo(SupportedVersions.DEFAULT_KUBERNETES);
        assertThat(new SpecValidator(TestServices.KNOWN).validate(config)).isEmpty();
    }
}
