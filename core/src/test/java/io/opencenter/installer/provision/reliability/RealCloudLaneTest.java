package io.opencenter.installer.provision.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.config.CloudsYaml;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.ProvisionListener;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.apply.Applier;
import io.opencenter.installer.provision.apply.ApplyResult;
import io.opencenter.installer.provision.cloud.InfrastructureClouds;
import io.opencenter.installer.provision.destroy.DestroyResult;
import io.opencenter.installer.provision.destroy.Destroyer;
import io.opencenter.installer.provision.journal.Journal;
import io.opencenter.installer.provision.reliability.CloudCensus.Found;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, real-cloud lane: the infrastructure phase of a small cluster (one control-plane node booting from a
 * 10 GB volume, one worker from the image) on the real OpenStack services, with three kill/resume points in child
 * JVMs, an idempotent second apply and destroy; then the cloud's own APIs must show nothing of the cluster. Runs
 * when {@code OS_CLIENT_CONFIG_FILE} and {@code OS_CLOUD} name a cloud; provisions in the clouds.yaml entry
 * {@code OS_CLOUD_PROVISION} (default {@value #DEFAULT_CLOUD}, the harness's project with quotas for it). Every
 * run has its own cluster name and removes it again, also when an assertion fails.
 */
@EnabledIfEnvironmentVariable(named = "OS_CLIENT_CONFIG_FILE", matches = ".+")
@EnabledIfEnvironmentVariable(named = "OS_CLOUD", matches = ".+")
class RealCloudLaneTest {

    private static final String DEFAULT_CLOUD = "osr-ops";
    private static final int KILLS = 3;

    @Test
    void infrastructureKillResumeIdempotentApplyAndCompleteDestroy(@TempDir Path tmp) throws Exception {
        Path cloudsYaml = Path.of(System.getenv("OS_CLIENT_CONFIG_FILE"));
        String cloudName = System.getenv().getOrDefault("OS_CLOUD_PROVISION", DEFAULT_CLOUD);
        var clouds = CloudsYaml.load();
        assumeTrue(Files.isRegularFile(cloudsYaml) && clouds.profile(cloudName).isPresent(),
                "no cloud " + cloudName + " in " + cloudsYaml);
        CloudProfile profile = clouds.require(cloudName);
        String cluster = "rel-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        long seed = Long.getLong("reliability.seed", ThreadLocalRandom.current().nextLong());
        ClusterConfig config = ReliabilityClusters.config(cluster, cloudName, 1, 10, 1, "m1.small", true, 4);
        ProvisioningPlan plan = ReliabilityClusters.plan(config);
        Path configFile = ReliabilityClusters.save(config, tmp.resolve("cluster.yaml"));
        Workspace workspace = new Workspace(tmp.resolve("workspace"));
        Path journal = ApplyChild.journalOf(workspace, cluster);
        CloudCensus census = new CloudCensus(profile);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("cloud", cloudName);
        report.put("cluster", cluster);
        report.put("planned", plan.resources().size());
        InfrastructureCloud cloud = InfrastructureClouds.connect(profile);
        Throwable failure = null;
        try {
            KillResumeRun run = new KillResumeRun(new ChildJvm(tmp, cloudsYaml, cloudName), configFile,
                    workspace.root(), journal, Reports.logDir("real-lane"), 500, Duration.ofMinutes(5));
            KillResumeRun.Outcome outcome = run.run(seed, KILLS, 2 * plan.resources().size(), 1500, 2);
            report.put("killResume", outcome);
            Map<ResourceKind, List<Found>> afterApply = census.take(cluster);
            report.put("cloudAfterApply", CensusCheck.summary(afterApply));
            assertThat(outcome.kills()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(outcome.complete()).as("resumed run complete: %s", outcome.finishes()).isTrue();
            assertThat(CensusCheck.differences(plan, afterApply)).as("cloud vs plan").isEmpty();

            try (Journal j = Journal.open(journal)) {
                ApplyResult again = Applier.apply(plan, cloud, j, ApplyChild.options(config, Duration.ofMillis(500)),
                        ProvisionListener.NONE, new Cancellation());
                report.put("secondApply", Map.of("outcome", again.outcome().name(), "created", again.created(),
                        "adopted", again.adopted()));
                assertThat(again.complete()).isTrue();
                assertThat(again.created()).as("second apply creates nothing").isZero();
            }
        } catch (Throwable t) {
            failure = t;
            throw t;
        } finally {
            try {
                destroyAndCheck(cluster, cloud, journal, census, profile, report);
            } catch (Throwable cleanup) {
                if (failure == null) {
                    throw cleanup;
                }
                failure.addSuppressed(cleanup); // the first failure says what went wrong; keep both
            }
        }
    }

    private static void destroyAndCheck(String cluster, InfrastructureCloud cloud, Path journal, CloudCensus census,
                                        CloudProfile profile, Map<String, Object> report) throws Exception {
        DestroyResult destroyed = null;
        RuntimeException destroyError = null;
        try (Journal j = Journal.open(journal)) {
            destroyed = Destroyer.destroy(Destroyer.inventory(cluster, cloud), cloud, j, ProvisionListener.NONE,
                    new Cancellation());
        } catch (RuntimeException e) {
            destroyError = e;
        }
        Map<ResourceKind, List<Found>> left = census.take(cluster);
        report.put("destroyLeftovers", destroyed == null ? "destroy threw: " + destroyError
                : destroyed.leftovers().stream().map(l -> l.object().name() + ": " + l.reason()).toList());
        report.put("leftAfterDestroy", CensusCheck.summary(left));
        if (CloudCensus.total(left) > 0) {
            report.put("rawCleanupFailures", new RawCleanup(profile).removeAll(cluster));
            report.put("leftAfterRawCleanup", CensusCheck.summary(census.take(cluster)));
        }
        Path out = Reports.write("real-lane", report);
        System.out.println("real-cloud lane: " + report + " -> " + out);
        if (destroyError != null) {
            throw destroyError;
        }
        assertThat(destroyed.leftovers()).as("destroy leftovers").isEmpty();
        assertThat(CensusCheck.summary(left)).as("left on the real cloud after destroy").isEmpty();
    }
}
