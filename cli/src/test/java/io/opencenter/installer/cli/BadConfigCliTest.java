package io.opencenter.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.spec.BadConfigTest;
import io.opencenter.installer.spec.BadConfigTest.Bad;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-config suite of the validator, run again through the CLI as a user meets it: every case given to
 * {@code apply} exits 2, names each field it must (with line and column for reading problems), shows no stack
 * trace and no secret, and creates nothing: no workspace, so no journal, no sandbox and no cloud call.
 */
class BadConfigCliTest {
    private static final String SECRET = "s3cret-in-secure-yaml";

    @TempDir
    Path home;

    static Stream<Bad> cases() {
        return BadConfigTest.cases();
    }

    @ParameterizedTest(name = "apply -f <{0}>")
    @MethodSource("cases")
    void applyRefusesItWithTheFieldNamedAndCreatesNothing(Bad bad) throws Exception {
        Path file = Files.writeString(home.resolve("cluster.yaml"), bad.yaml());
        Files.writeString(home.resolve("secure.yaml"), "clouds:\n  openstack:\n    auth:\n      password: " + SECRET
                + "\n");
        Path workspace = home.resolve("ws");

        CloudCli.Run r = CloudCli.run(home, "--workspace", workspace.toString(), "apply", "-f", file.toString());

        String all = r.out() + r.err();
        assertThat(r.exit()).as(all).isEqualTo(ExitCodes.FINDINGS);
        for (String path : bad.paths()) {
            assertThat(all).as("names %s", path).contains(path.isEmpty() ? "ERROR" : "ERROR " + path);
        }
        if (bad.located()) {
            assertThat(all).containsPattern("line \\d+, column \\d+");
        }
        assertThat(r.err()).contains("the cloud was not contacted").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(all).doesNotContain(SECRET);
        assertThat(workspace).as("nothing is created").doesNotExist();
    }
}
