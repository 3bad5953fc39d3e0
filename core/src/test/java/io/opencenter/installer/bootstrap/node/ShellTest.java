package io.opencenter.installer.bootstrap.node;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A quoted value reaches the command unchanged, whatever shell-special characters it holds. */
class ShellTest {
    @TempDir
    Path dir;

    @Test
    void quotedValuesArriveVerbatim() {
        String nasty = "a'b\"c $(touch pwned) `id` ; & | * ? \\ ~ # !x";
        NodeTools.Result r = NodeTools.run(dir, List.of("sh", "-c", "printf %s " + Shell.quote(nasty)));
        assertThat(r.exit()).isZero();
        assertThat(r.output()).isEqualTo(nasty);
        assertThat(dir.resolve("pwned")).doesNotExist();
    }

    @Test
    void sedReplacementKeepsAmpersandsAndDelimiters() {
        String value = "x&y@z\\w";
        NodeTools.Result r = NodeTools.run(dir, List.of("sh", "-c",
                "echo VALUE | sed " + Shell.quote("s@VALUE@" + Shell.sedReplacement(value) + "@")));
        assertThat(r.output().strip()).isEqualTo(value);
    }
}
