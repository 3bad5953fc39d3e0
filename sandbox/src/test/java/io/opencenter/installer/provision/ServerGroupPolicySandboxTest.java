package io.opencenter.installer.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.provision.apply.Applier;
import io.opencenter.installer.provision.apply.ApplyOptions;
import io.opencenter.installer.provision.apply.ApplyResult;
import io.opencenter.installer.provision.cloud.InfrastructureClouds;
import io.opencenter.installer.provision.journal.Journal;
import io.opencenter.installer.sandbox.SandboxClients;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.workspace.ClusterFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openstack4j.api.Builders;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.compute.Server;

/**
 * The server group policy end to end on the sandbox's Nova with three hosts, as the real harness has: five
 * control-plane nodes in a hard anti-affinity group leave two without a host, and the failure says why and what
 * to change; after the change to soft-anti-affinity the same install, run again, completes. The nodes that never
 * got a host have no console; the others have one, which is saved for the support bundle.
 */
class ServerGroupPolicySandboxTest {
    private static final ApplyOptions OPTIONS = new ApplyOptions(4, true, Duration.ofMillis(20),
            Duration.ofMillis(200), Duration.ofSeconds(60));

    @TempDir
    Path dir;

    private SandboxCloud sandbox;
    private InfrastructureCloud cloud;

    @BeforeEach
    void start() {
        sandbox = SandboxCloud.start(SandboxOptions.builder().computeHosts(3)
                .serverActiveDelay(Duration.ofMillis(200)).volumeAvailableDelay(Duration.ofMillis(50)).build());
        cloud = InfrastructureClouds.connect(sandbox.profile());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    /** The sandbox example with five control-plane nodes booting from the image, no workers, and {@code policy}. */
    private static ProvisioningPlan fiveControlPlanes(String policy) {
        ClusterConfig base = PlanConfigs.sandbox();
        ClusterSpec.ControlPlane cp = base.spec().controlPlane();
        return PlanConfigs.plan(PlanConfigs.withNodes(base,
                new ClusterSpec.ControlPlane(5, cp.flavor(), cp.image(), 0, policy), List.of()));
    }

    private ApplyResult apply(ProvisioningPlan plan) {
        try (Journal journal = Journal.open(dir.resolve("journal.jsonl"))) {
            return Applier.apply(plan, cloud, journal, OPTIONS, ProvisionListener.NONE, new Cancellation());
        }
    }

    @Test
    void hardAntiAffinityOnThreeHostsFailsWithTheWayOutAndSoftCompletesOnTheNextRun() throws Exception {
        ApplyResult hard = apply(fiveControlPlanes("anti-affinity"));

        assertThat(hard.outcome()).isEqualTo(ApplyResult.Outcome.FAILED);
        assertThat(hard.failures()).hasSize(2).allSatisfy(f -> assertThat(f.reason())
                .contains("No valid host was found")
                .contains("fewer compute hosts available to this project than 5 control-plane nodes")
                .contains("spec.controlPlane.serverGroupPolicy: soft-anti-affinity")
                .contains("spec.controlPlane.count to 3"));
        // three placed, one per host; the two without a host were deleted after their last replacement
        List<CloudObject> servers = cloud.list(ResourceKind.SERVER, "demo");
        assertThat(servers).hasSize(3).allMatch(s -> s.state() == CloudObject.State.READY);

        // the console: a placed node has one (saved for the bundle), a node Nova never placed has none, and says so
        ClusterFiles files = new ClusterFiles(dir.resolve("clusters/demo"));
        CloudObject up = servers.get(0);
        ConsoleLogs.Result saved = ConsoleLogs.fetchAndSave(cloud, files, up.name(), up.id());
        assertThat(saved.saved()).as(saved.describe()).isTrue();
        assertThat(Files.readString(saved.file())).contains("simulated console output").contains(up.name())
                .contains("Cloud-init v. 24.4 finished");
        String group = cloud.list(ResourceKind.SERVER_GROUP, "demo").get(0).id();
        OSClientV3 os = SandboxClients.demo(sandbox);
        String image = os.imagesV2().list(Map.of("name", "ubuntu-24.04")).get(0).getId();
        // a fourth member of the hard group, booted by hand: Nova has no host for it, so it has no console at all.
        // It takes the name of a node that got no host (which ones did is up to the order Nova placed them in),
        // as an earlier run's server would: the next run adopts and replaces it.
        List<String> placed = servers.stream().map(CloudObject::name).toList();
        String missing = java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(i -> "demo-control-plane-" + i)
                .filter(n -> !placed.contains(n)).findFirst().orElseThrow();
        Server unplaced = os.compute().servers().boot(Builders.server().name(missing).flavor("3")
                .image(image).addSchedulerHint("group", group).build());
        ConsoleLogs.Result none = ConsoleLogs.fetchAndSave(cloud, files, unplaced.getName(), unplaced.getId());
        assertThat(none.reason()).startsWith("Nova never placed the server on a host").contains("is not ready");

        ApplyResult soft = apply(fiveControlPlanes("soft-anti-affinity"));

        assertThat(soft.failures()).isEmpty();
        assertThat(soft.outcome()).isEqualTo(ApplyResult.Outcome.COMPLETE);
        assertThat(cloud.list(ResourceKind.SERVER_GROUP, "demo")).singleElement()
                .satisfies(g -> assertThat(g.detail()).isEqualTo("soft-anti-affinity"));
        assertThat(cloud.list(ResourceKind.SERVER, "demo")).hasSize(5)
                .allMatch(s -> s.state() == CloudObject.State.READY);
    }

    @Test
    void softAntiAffinityFromTheStartNeedsNoSecondRun() {
        ApplyResult soft = apply(fiveControlPlanes("soft-anti-affinity"));

        assertThat(soft.failures()).isEmpty();
        assertThat(soft.complete()).isTrue();
        assertThat(cloud.list(ResourceKind.SERVER_GROUP, "demo")).singleElement()
                .satisfies(g -> assertThat(g.detail()).isEqualTo("soft-anti-affinity"));
    }
}
