package io.opencenter.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.spec.ClusterConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code apply} on the sandbox in a child JVM, killed (SIGKILL: no shutdown hook runs) while Bootstrap waits
 * for the nodes: the next apply, in another process, adopts every server instead of creating it again and finishes
 * the bootstrap on the same simulated cluster, whose state lives in the workspace.
 */
class ApplyKilledInBootstrapTest {
    @TempDir
    Path home;

    @Test
    void aKillDuringBootstrapResumesWithoutNewServers() throws Exception {
        Path config = CloudCli.writeConfig(home, "cluster.yaml", ClusterConfigs.sandboxDefault());
        Path workspace = home.resolve("ws");
        Path log = home.resolve("apply.log");
        Process child = CliChild.start(home, log, "--workspace", workspace.toString(), "apply", "-f",
                config.toString(), "--until", "bootstrap");
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            while (!Files.exists(log) || !Files.readString(log).contains("== Bootstrap: running (waiting for")) {
                assertThat(child.isAlive()).as(Files.exists(log) ? Files.readString(log) : "no output").isTrue();
                assertThat(System.nanoTime()).as("Bootstrap did not start in time").isLessThan(deadline);
                Thread.sleep(50);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(Files.readString(log)).doesNotContain("== Bootstrap: done");

        CloudCli.Run resumed = CloudCli.run(home, Map.of(), SandboxOptions.defaults(),
                "--workspace", workspace.toString(), "apply", "-f", config.toString(), "--until", "bootstrap");
        assertThat(resumed.exit()).as(resumed.out() + resumed.err()).isZero();
        assertThat(resumed.out()).containsPattern("== Infrastructure: done \\(0 created, [1-9]\\d* already there\\)")
                .containsPattern("== Bootstrap: done \\(\\d+ nodes ready\\)")
                .contains("Cluster API:  https://203.0.113.")
                .contains("(simulated: the sandbox's Kubernetes)")
                .contains("kubectl --kubeconfig " + workspace.resolve("clusters/demo/kubeconfig") + " get nodes");
    }
}
