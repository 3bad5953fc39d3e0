package io.opencenter.installer.provision.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.ProvisionListener;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.apply.Applier;
import io.opencenter.installer.provision.apply.ApplyResult;
import io.opencenter.installer.provision.cloud.InfrastructureClouds;
import io.opencenter.installer.provision.destroy.DestroyResult;
import io.opencenter.installer.provision.destroy.Destroyer;
import io.opencenter.installer.provision.journal.Journal;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, reliability: apply runs in a child JVM that is SIGKILLed at 20+ seeded random points and resumed each
 * time, against a sandbox cloud that keeps its state in a file. The cloud alone (not the journal) must then hold
 * exactly the plan, all tagged; a further apply creates nothing; destroy leaves nothing of the cluster.
 * {@code -Dreliability.seed=N} replays another schedule; the kill points are kept in
 * {@code target/reliability/kill-resume-sandbox.json}.
 */
class KillResumeSandboxTest {

    private static final String CLUSTER = "kr";
    private static final long SEED = Long.getLong("reliability.seed", 20261125L);
    private static final int KILLS = 28;
    private static final int REQUIRED_KILLS = 20;

    @Test
    void killedAtTwentyRandomPointsAndResumedTheCloudHoldsExactlyThePlan(@TempDir Path tmp) throws Exception {
        ClusterConfig config = ReliabilityClusters.config(CLUSTER, null, 1, 10, 2, "m1.small", true, 4);
        ProvisioningPlan plan = ReliabilityClusters.plan(config);
        Path configFile = ReliabilityClusters.save(config, tmp.resolve("cluster.yaml"));
        Workspace workspace = new Workspace(tmp.resolve("workspace"));
        Path journal = ApplyChild.journalOf(workspace, CLUSTER);
        SandboxOptions options = SandboxOptions.builder().stateFile(tmp.resolve("sandbox-state.json")).seed(SEED)
                .latencyMs(5).serverActiveDelay(Duration.ofMillis(800)).volumeAvailableDelay(Duration.ofMillis(400))
                .build();
        try (SandboxCloud sandbox = SandboxCloud.start(options)) {
            ProjectInventory project = new ProjectInventory(sandbox.profile());
            Set<String> before = project.ids();
            ChildJvm jvm = new ChildJvm(tmp, SandboxClouds.write(sandbox, tmp), SandboxClouds.NAME);
            Path logs = Reports.logDir("kill-resume-sandbox");
            KillResumeRun run = new KillResumeRun(jvm, configFile, workspace.root(), journal, logs, 50,
                    Duration.ofMinutes(2));
            // A complete run ends at progress 2N (JournalPosition): targets below it cover the whole run.
            KillResumeRun.Outcome outcome = run.run(SEED, KILLS, 2 * plan.resources().size(), 40, 3);

            CloudCensus census = new CloudCensus(sandbox.profile());
            var afterApply = census.take(CLUSTER);
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("planned", plan.resources().size());
            report.put("outcome", outcome);
            report.put("killsRightAfterAnIntent", outcome.kills().stream()
                    .filter(k -> k.lastEntry().startsWith("INTENT")).count());
            report.put("cloudAfterApply", CensusCheck.summary(afterApply));
            Path out = Reports.write("kill-resume-sandbox", report);
            System.out.printf("kill/resume (seed %d): %d kill points exercised at journal progress %s, %d children,"
                            + " %d ms -> %s%n", SEED, outcome.kills().size(),
                    outcome.kills().stream().map(KillResumeRun.KillPoint::progress).toList(), outcome.children(),
                    outcome.wallMs(), out);

            assertThat(outcome.kills()).as("kill points exercised (%s)", out).hasSizeGreaterThanOrEqualTo(REQUIRED_KILLS);
            assertThat(outcome.complete()).as("a resumed run ended complete: %s", outcome.finishes()).isTrue();
            assertThat(CensusCheck.differences(plan, afterApply)).as("cloud vs plan").isEmpty();
            assertThat(project.strays(before, afterApply)).as("made but neither named nor tagged").isEmpty();

            InfrastructureCloud cloud = InfrastructureClouds.connect(sandbox.profile());
            try (Journal j = Journal.open(journal)) {
                ApplyResult again = Applier.apply(plan, cloud, j, ApplyChild.options(config, Duration.ofMillis(50)),
                        ProvisionListener.NONE, new Cancellation());
                assertThat(again.complete()).isTrue();
                assertThat(again.created()).as("a second apply creates nothing").isZero();
                assertThat(CensusCheck.differences(plan, census.take(CLUSTER))).isEmpty();

                DestroyResult destroyed = Destroyer.destroy(Destroyer.inventory(CLUSTER, cloud), cloud, j,
                        ProvisionListener.NONE, new Cancellation(), SandboxClouds.destroyTiming());
                assertThat(destroyed.leftovers()).isEmpty();
            }
            assertThat(CensusCheck.summary(census.take(CLUSTER))).as("left after destroy").isEmpty();
        }
    }
}
