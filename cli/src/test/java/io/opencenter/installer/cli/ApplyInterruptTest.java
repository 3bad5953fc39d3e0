package io.opencenter.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.spec.ClusterConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code apply} in a child JVM, stopped by SIGTERM (what the JVM's shutdown hooks see for Ctrl-C as well)
 * while it is creating: it must cancel gracefully, finish its journal, say how to resume, and the next apply must
 * finish the cluster from where it stopped.
 */
class ApplyInterruptTest {
    @TempDir
    Path home;

    @Test
    void aSignalCancelsGracefullyAndTheNextApplyResumes() throws Exception {
        Path config = CloudCli.writeConfig(home, "cluster.yaml", ClusterConfigs.sandboxDefault());
        Path workspace = home.resolve("ws");
        Path log = home.resolve("apply.log");
        Process child = CliChild.start(home, log, "--workspace", workspace.toString(), "apply", "-f",
                config.toString(), "--until", "infrastructure");
        try {
            // servers take 2 s each to become ACTIVE on the default sandbox: the first create is long before the end
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!Files.exists(log) || !Files.readString(log).contains("CREATING")) {
                assertThat(child.isAlive()).as(Files.exists(log) ? Files.readString(log) : "no output").isTrue();
                assertThat(System.nanoTime()).as("no CREATING line in time").isLessThan(deadline);
                Thread.sleep(50);
            }
            child.destroy();
            assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(child.exitValue()).as(output).isEqualTo(128 + 15);
        assertThat(output).contains("interrupted: letting the calls in flight finish and writing the journal")
                .contains("== Infrastructure: cancelled")
                .contains("cancelled: what was created is journaled; run 'apply -f " + config + "' again to resume");
        List<String> journal = Files.readAllLines(workspace.resolve("clusters/demo/journal.jsonl"));
        assertThat(journal.get(journal.size() - 1)).contains("\"RUN_FINISHED\"").contains("\"cancelled\"");

        CloudCli.Run resumed = CloudCli.run(home, Map.of(), io.opencenter.installer.sandbox.SandboxOptions.defaults(),
                "--workspace", workspace.toString(), "apply", "-f", config.toString(), "--until", "infrastructure");
        assertThat(resumed.exit()).as(resumed.out() + resumed.err()).isZero();
        assertThat(resumed.out()).containsPattern("== Infrastructure: done \\(\\d+ created, [1-9]\\d* already there\\)");
    }
}
