package io.opencenter.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.ClusterSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan, apply and destroy on the sandbox, whose state lives in the workspace between the commands. */
class ProvisioningCommandsTest {
    private static final ProvisioningPlan PLAN = PlanBuilder.build(ClusterConfigs.sandboxDefault());
    private static final int SIZE = PLAN.resources().size();

    @TempDir
    Path home;

    private Path config;
    private Path workspace;
    private SandboxOptions sandbox = SandboxOptions.builder().serverActiveDelay(Duration.ofMillis(100))
            .volumeAvailableDelay(Duration.ofMillis(50)).build();

    @BeforeEach
    void setUp() throws IOException {
        config = CloudCli.writeConfig(home, "cluster.yaml", ClusterConfigs.sandboxDefault());
        workspace = home.resolve("ws");
    }

    private CloudCli.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--workspace", workspace.toString()));
        all.addAll(List.of(args));
        return CloudCli.run(home, Map.of(), sandbox, all.toArray(String[]::new));
    }

    private List<String> onTheCloud() {
        return SandboxLook.clusterObjects(workspace.resolve("sandbox/state.json"), "demo");
    }

    /** {@code kind name} of every planned resource an operator can list by name (router interfaces have none). */
    private static List<String> planned() {
        return PLAN.resources().stream().filter(r -> r.kind() != ResourceKind.ROUTER_INTERFACE)
                .map(r -> PlanReport.kind(r.kind()) + " " + r.name()).toList();
    }

    @Test
    void planPrintsTheResourcesTheQuotaTableAndTheEstimateAndWritesNothing() {
        CloudCli.Run r = run("plan", "-f", config.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Plan for cluster demo: " + SIZE + " resources")
                .containsPattern("(?m)^KIND\\s+NAME\\s+DEPENDS ON$")
                .containsPattern("(?m)^network\\s+demo-network\\s+-$")
                .containsPattern("(?m)^server\\s+demo-control-plane-1\\s+port demo-control-plane-1, "
                        + "floating-ip demo-api-floating-ip, volume demo-control-plane-1, server-group "
                        + "demo-control-plane$")
                .contains("Resources: 1 network, 1 subnet, 1 router, 1 router-interface, 2 security-group, ")
                .containsPattern("(?m)^instances\\s+infrastructure\\s+5\\s+0\\s+\\d+\\s+ok$")
                .containsPattern("Estimated duration: about \\d+(m\\d\\d)?s \\(longest chain: \\d+ steps, "
                        + "Neutron calls one at a time, parallelism 4\\)");
        assertThat(workspace.resolve("clusters")).doesNotExist();
    }

    @Test
    void planAsJsonHasResourcesCountsAndEstimate() throws IOException {
        CloudCli.Run r = run("plan", "-f", config.toString(), "--output", "json");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.fieldNames()).toIterable()
                .containsExactly("valid", "findings", "quota", "resources", "counts", "estimate");
        assertThat(doc.get("resources")).hasSize(SIZE);
        assertThat(doc.get("resources").get(0).get("name").asText()).isEqualTo("demo-network");
        assertThat(doc.get("counts").get("server").asInt()).isEqualTo(5);
        assertThat(doc.get("estimate").get("seconds").asLong()).isPositive();
        assertThat(doc.get("estimate").get("criticalPath")).isNotEmpty();
    }

    @Test
    void applyBuildsTheInfrastructureAndASecondApplyCreatesNothing() throws IOException {
        CloudCli.Run first = run("apply", "-f", config.toString(), "--until", "infrastructure");
        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("== Preflight: done")
                .containsPattern("(?m)^\\[\\s*\\d+%\\] READY\\s+network\\s+demo-network")
                .contains("== Infrastructure: done (" + SIZE + " created, 0 already there)")
                .contains("infrastructure is complete");
        assertThat(onTheCloud()).containsExactlyInAnyOrderElementsOf(planned());
        Path copy = workspace.resolve("clusters/demo/cluster.yaml");
        assertThat(copy).exists();
        assertThat(workspace.resolve("clusters/demo/journal.jsonl")).exists();

        CloudCli.Run second = run("apply", "-f", config.toString(), "--until", "infrastructure");
        assertThat(second.exit()).as(second.out() + second.err()).isZero();
        assertThat(second.out()).contains("(0 created, " + SIZE + " already there)")
                .doesNotContain("CREATING");
        assertThat(onTheCloud()).containsExactlyInAnyOrderElementsOf(planned());
    }

    @Test
    void everyFolderAnApplyCreatesIsOwnerOnly() throws IOException {
        CloudCli.Run r = run("apply", "-f", config.toString(), "--until", "infrastructure");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        List<Path> folders;
        try (var walk = Files.walk(workspace)) {
            folders = walk.filter(Files::isDirectory).toList();
        }
        assertThat(folders).contains(workspace.resolve("sandbox"), workspace.resolve("clusters"),
                workspace.resolve("clusters/demo"));
        for (Path folder : folders) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).as(folder.toString())
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void aFullApplyRunsEveryPhaseThenSaysHealthIsNotAvailable() throws IOException {
        CloudCli.Run r = run("apply", "-f", config.toString(), "--merge-kubeconfig");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.out()).contains("== Infrastructure: done")
                .containsPattern("== Bootstrap: done \\(\\d+ nodes ready\\)")
                .containsPattern("\\[\\d+/\\d+ ready\\] READY\\s+node\\s+demo-control-plane-1")
                .contains("== GitOps: done")
                .containsPattern("== Rollout: done \\(\\d+ services ready\\)")
                .contains("== Health: not available (arrives with a later version)")
                .contains("Cluster API:  https://203.0.113.");
        assertThat(r.err()).contains("phase health is not available in this version; every platform service is "
                + "ready");
        assertThat(onTheCloud()).hasSize(planned().size());

        // the user's kubeconfig (under the test's home) got the cluster; merging again changes nothing
        Path userConfig = home.resolve(".kube/config");
        assertThat(r.out()).contains("kubeconfig: Added context \"demo\" to " + userConfig);
        assertThat(Files.getPosixFilePermissions(userConfig)).isEqualTo(PosixFilePermissions.fromString(
                "rw-------"));
        CloudCli.Run again = run("kubeconfig", "-f", config.toString(), "--merge");
        assertThat(again.exit()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("Context \"demo\" is already in " + userConfig);
        CloudCli.Run where = run("kubeconfig", "-f", config.toString());
        assertThat(where.out().strip()).endsWith("clusters/demo/kubeconfig");
    }

    @Test
    void aMissingSshPublicKeyFileStopsApplyAtPreflightBeforeAnythingIsCreated() throws IOException {
        ClusterConfig c = ClusterConfigs.sandboxDefault();
        ClusterSpec s = c.spec();
        Path missing = home.resolve("keys/id_ed25519.pub");
        Path withKey = CloudCli.writeConfig(home, "with-key.yaml", new ClusterConfig(c.apiVersion(), c.kind(),
                c.metadata(), new ClusterSpec(s.cloud(), s.kubernetes(), s.network(), s.controlPlane(),
                s.workerPools(), missing.toString(), s.platform(), s.provisioning(), s.offline())));
        for (String command : new String[] {"preflight", "apply"}) {
            CloudCli.Run r = run(command, "-f", withKey.toString());
            assertThat(r.exit()).as(command + ": " + r.out() + r.err()).isEqualTo(ExitCodes.FINDINGS);
            assertThat(r.out()).as(command).contains("ERROR spec.sshPublicKeyFile: sshPublicKeyFile " + missing
                    + " does not exist").doesNotContain("CREATING");
            assertThat(onTheCloud()).as(command).isEmpty();
        }
    }

    @Test
    void aQuotaOneInstanceShortExitsTwoAndCreatesNothing() {
        sandbox = SandboxOptions.builder().quota("instances", 4).build();
        CloudCli.Run r = run("apply", "-f", config.toString(), "--until", "infrastructure");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("ERROR spec.workerPools[0].count: instances: need 5, in use 0, limit 4")
                .containsPattern("(?m)^instances\\s+infrastructure\\s+5\\s+0\\s+4\\s+SHORT$")
                .doesNotContain("CREATING");
        assertThat(r.err()).contains("nothing was created");
        assertThat(onTheCloud()).isEmpty();
    }

    @Test
    void preflightCountsWhatOtherClustersHoldButNotTheClustersOwn() throws IOException {
        sandbox = SandboxOptions.builder().quota("instances", 10).serverActiveDelay(Duration.ofMillis(100))
                .volumeAvailableDelay(Duration.ofMillis(50)).build();
        assertThat(run("apply", "-f", config.toString(), "--until", "infrastructure").exit()).isZero();
        ClusterConfig demo = ClusterConfigs.sandboxDefault();
        Path other = CloudCli.writeConfig(home, "other.yaml", new ClusterConfig(demo.apiVersion(), demo.kind(),
                new ClusterConfig.Metadata("other"), demo.spec()));

        CloudCli.Run own = run("preflight", "-f", config.toString());
        CloudCli.Run next = run("preflight", "-f", other.toString());

        // instances: in use are the 5 of demo; demo needs none of them again, another cluster needs 5; limit 10
        assertThat(own.exit()).as(own.out() + own.err()).isZero();
        assertThat(own.out()).containsPattern("(?m)^instances\\s+infrastructure\\s+0\\s+5\\s+10\\s+ok$");
        assertThat(next.exit()).as(next.out() + next.err()).isZero();
        assertThat(next.out()).containsPattern("(?m)^instances\\s+infrastructure\\s+5\\s+5\\s+10\\s+ok$");
        assertThat(workspace.resolve("clusters/demo/preflight.json")).exists();
    }

    @Test
    void destroyWithoutYesAndWithoutATerminalRefusesAndDeletesNothing() {
        assertThat(run("apply", "-f", config.toString(), "--until", "infrastructure").exit()).isZero();
        CloudCli.Run r = run("destroy", "-f", config.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.out()).contains("Cluster demo on ").contains("Created by the installer: ")
                .containsPattern("(?m)^\\s+server\\s+demo-control-plane-1\\s+\\S+")
                .contains("Created by the Cinder CSI driver (volumes of PersistentVolumeClaims): none");
        assertThat(r.err()).contains("without confirmation").contains("--yes");
        assertThat(onTheCloud()).containsExactlyInAnyOrderElementsOf(planned());
    }

    @Test
    void destroyWithYesRemovesEverythingAndIsSafeToRepeat() {
        assertThat(run("apply", "-f", config.toString(), "--until", "infrastructure").exit()).isZero();
        CloudCli.Run r = run("destroy", "-f", config.toString(), "--yes");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("nothing is left");
        assertThat(onTheCloud()).isEmpty();

        CloudCli.Run again = run("destroy", "-f", config.toString(), "--yes");
        assertThat(again.exit()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("nothing of cluster demo found");
    }

    @Test
    void destroyOfAClusterNeverAppliedFindsNothingAndLeavesNoState() {
        CloudCli.Run r = run("destroy", "-f", config.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("nothing of cluster demo found");
        assertThat(Files.exists(workspace.resolve("sandbox/state.json"))).isFalse();
    }
}
