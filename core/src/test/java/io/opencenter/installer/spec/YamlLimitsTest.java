package io.opencenter.installer.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.workspace.TextFiles;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A config given as text (the wizard, a test) is not capped like a file, so the YAML reader itself stops at the
 * same size and at a sane depth: an error finding, quickly, never a hang or an OutOfMemoryError.
 */
class YamlLimitsTest {
    @Test
    void aHugeScalarIsAFindingNotAHang() {
        String yaml = "apiVersion: installer.opencenter.io/v1alpha1\nkind: Cluster\nmetadata:\n  name: "
                + "a".repeat(TextFiles.MAX_BYTES + 10) + "\n";
        long start = System.nanoTime();
        SpecYaml.LoadResult r = SpecYaml.parse(yaml);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(r.config()).isNull();
        assertThat(r.findings()).anySatisfy(f -> assertThat(f.isError()).isTrue());
    }

    @Test
    void deepNestingIsAFindingNotAStackOverflow() {
        int depth = TextFiles.MAX_YAML_NESTING + 50;
        String yaml = "apiVersion: installer.opencenter.io/v1alpha1\nkind: Cluster\nmetadata: "
                + "[".repeat(depth) + "]".repeat(depth) + "\n";
        SpecYaml.LoadResult r = SpecYaml.parse(yaml);
        assertThat(r.config()).isNull();
        assertThat(r.findings()).anySatisfy(f -> assertThat(f.isError()).isTrue());
    }
}
