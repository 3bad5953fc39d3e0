package io.opencenter.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final Path EXAMPLES = Path.of("examples");

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = InstallerCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void bothShippedExamplesAreValid() {
        for (String example : new String[] {"openstack-cluster.yaml", "sandbox-cluster.yaml"}) {
            Run r = run("validate", "-f", EXAMPLES.resolve(example).toString());
            assertThat(r.exit()).as(r.out() + r.err()).isZero();
            assertThat(r.out()).contains("valid").doesNotContain("ERROR");
        }
    }

    @Test
    void apiVipOutsideNodeCidrExitsTwoNamingThePath() throws IOException {
        Path bad = withReplaced("apiVip: 10.20.0.10", "apiVip: 10.99.0.10");
        Run r = run("validate", "-f", bad.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).containsPattern("(?m)^ERROR spec\\.kubernetes\\.apiVip: .+ \\(hint: .+\\)$");
    }

    @Test
    void jsonOutputFollowsTheContract() throws IOException {
        Path bad = withReplaced("apiVip: 10.20.0.10", "apiVip: 10.99.0.10");
        Run r = run("validate", "-f", bad.toString(), "--output", "json");
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("valid").asBoolean()).isFalse();
        JsonNode first = doc.get("findings").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("path", "severity", "message", "hint");
        assertThat(doc.get("findings").findValuesAsText("path")).contains("spec.kubernetes.apiVip");

        Run ok = run("validate", "-f", EXAMPLES.resolve("openstack-cluster.yaml").toString(), "--output", "json");
        assertThat(ok.exit()).isZero();
        assertThat(new ObjectMapper().readTree(ok.out()).get("valid").asBoolean()).isTrue();
    }

    @Test
    void yamlSyntaxErrorIsAFindingNotACrash() throws IOException {
        Path broken = tmp.resolve("broken.yaml");
        Files.writeString(broken, "apiVersion: installer.opencenter.io/v1alpha1\nkind: [Cluster\n");
        Run r = run("validate", "-f", broken.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("ERROR").contains("line");
    }

    @Test
    void otherFailuresExitOne() {
        assertThat(run("validate", "-f", tmp.resolve("missing.yaml").toString()).exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run("validate").exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run("validate", "-f", "x.yaml", "--output", "xml").exit()).isEqualTo(ExitCodes.FAILURE);
        Run unknown = run("frobnicate");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(unknown.err()).contains("frobnicate");
    }

    @Test
    void versionAndHelp() {
        Run version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).containsPattern("opencenter-installer \\d+\\.\\d+\\.\\d+");
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("validate", "diagram", "--workspace");
        Run validateHelp = run("validate", "--help");
        assertThat(validateHelp.out()).contains("--output", "Exit codes");
    }

    private Path withReplaced(String from, String to) throws IOException {
        String yaml = Files.readString(EXAMPLES.resolve("openstack-cluster.yaml"));
        assertThat(yaml).contains(from);
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, yaml.replace(from, to));
        return file;
    }
}
