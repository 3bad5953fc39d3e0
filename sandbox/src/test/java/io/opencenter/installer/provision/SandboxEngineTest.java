package io.opencenter.installer.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.openstack.client.Openstack4jGateway;
import io.opencenter.installer.openstack.client.RetryPolicy;
import io.opencenter.installer.provision.apply.Applier;
import io.opencenter.installer.provision.apply.ApplyOptions;
import io.opencenter.installer.provision.apply.ApplyResult;
import io.opencenter.installer.provision.cloud.InfrastructureClouds;
import io.opencenter.installer.provision.destroy.DestroyInventory;
import io.opencenter.installer.provision.destroy.DestroyResult;
import io.opencenter.installer.provision.destroy.Destroyer;
import io.opencenter.installer.provision.journal.Journal;
import io.opencenter.installer.provision.journal.JournalSummary;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openstack4j.api.Builders;

/**
 * The engine over the real adapter and real HTTP: the sandbox example's plan applied to the sandbox cloud through
 * openstack4j, applied again (nothing created), then destroyed together with a volume the CSI driver would have
 * made, until the cloud lists nothing for the cluster.
 */
class SandboxEngineTest {

    /** The key cloud-provider-openstack's Cinder CSI driver writes into volume metadata (cinderCSIClusterIDKey). */
    private static final String CSI_CLUSTER_KEY = "cinder.csi.openstack.org/cluster";

    private static final ApplyOptions OPTIONS = new ApplyOptions(4, true, Duration.ofMillis(20),
            Duration.ofMillis(200), Duration.ofSeconds(60));

    @TempDir
    Path dir;

    private SandboxCloud sandbox;
    private InfrastructureCloud cloud;
    private final ProvisioningPlan plan = PlanConfigs.plan(PlanConfigs.sandbox());

    @BeforeEach
    void start() {
        sandbox = SandboxCloud.start(SandboxOptions.builder().serverActiveDelay(Duration.ofMillis(300))
                .volumeAvailableDelay(Duration.ofMillis(100)).build());
        cloud = InfrastructureClouds.connect(sandbox.profile());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Path journalFile() {
        return dir.resolve("clusters/demo/journal.jsonl");
    }

    private ApplyResult apply() {
        try (Journal journal = Journal.open(journalFile())) {
            return Applier.apply(plan, cloud, journal, OPTIONS, ProvisionListener.NONE, new Cancellation());
        }
    }

    @Test
    void appliesAgainWithoutCreatingAndDestroysEverythingIncludingCsiVolumes() {
        ApplyResult first = apply();
        assertThat(first.failures()).isEmpty();
        assertThat(first.outcome()).isEqualTo(ApplyResult.Outcome.COMPLETE);
        assertThat(first.created()).isEqualTo(plan.resources().size());
        for (ResourceKind kind : ResourceKind.values()) {
            assertThat(cloud.list(kind, plan.cluster())).as("%s", kind).hasSize(plan.count(kind))
                    .allMatch(CloudObject::tagged);
        }

        ApplyResult second = apply();
        assertThat(second.outcome()).isEqualTo(ApplyResult.Outcome.COMPLETE);
        assertThat(second.created()).isZero();
        assertThat(second.adopted()).isEqualTo(plan.resources().size());
        assertThat(second.cloudIds()).isEqualTo(first.cloudIds());

        String csi = csiVolume();
        DestroyInventory inventory = Destroyer.inventory(plan.cluster(), cloud);
        assertThat(inventory.csiCreated()).extracting(CloudObject::id).containsExactly(csi);
        assertThat(inventory.installerCreated()).hasSize(
                plan.resources().size() - plan.count(ResourceKind.SECURITY_GROUP_RULE));

        DestroyResult destroyed;
        try (Journal journal = Journal.open(journalFile())) {
            destroyed = Destroyer.destroy(inventory, cloud, journal, ProvisionListener.NONE, new Cancellation(),
                    OPTIONS);
        }
        assertThat(destroyed.leftovers()).isEmpty();
        assertThat(destroyed.complete()).isTrue();
        for (ResourceKind kind : ResourceKind.values()) {
            assertThat(cloud.list(kind, plan.cluster())).as("%s after destroy", kind).isEmpty();
        }
        assertThat(cloud.clusterCreated(plan.cluster())).isEmpty();
        assertThat(Destroyer.inventory(plan.cluster(), cloud).isEmpty()).isTrue();
        assertThat(JournalSummary.of(Journal.read(journalFile())).cloudIds()).isEmpty();
    }

    @Test
    void withOneCallInTenFailingApplyStillCompletesWithoutDuplicates() {
        sandbox.close();
        sandbox = SandboxCloud.start(SandboxOptions.builder().seed(11).faultRate("compute", 0.1)
                .faultRate("network", 0.1).faultRate("volume", 0.1).serverActiveDelay(Duration.ofMillis(300))
                .volumeAvailableDelay(Duration.ofMillis(100)).build());
        cloud = InfrastructureClouds.connect(sandbox.profile());

        ApplyResult result = apply();

        assertThat(result.failures()).isEmpty();
        assertThat(result.outcome()).isEqualTo(ApplyResult.Outcome.COMPLETE);
        InfrastructureCloud calm = InfrastructureClouds.connect(sandbox.profile());
        for (ResourceKind kind : ResourceKind.values()) {
            assertThat(listCalmly(calm, kind)).as("%s", kind)
                    .containsExactlyInAnyOrderElementsOf(plan.ofKind(kind).stream().map(PlannedResource::name).toList());
        }
    }

    /** Lists through the faults: a read is retried by the gateway, but may still run out of attempts. */
    private static java.util.List<String> listCalmly(InfrastructureCloud cloud, ResourceKind kind) {
        RuntimeException last = null;
        for (int i = 0; i < 10; i++) {
            try {
                return cloud.list(kind, "demo").stream().peek(o -> assertThat(o.tagged()).isTrue())
                        .map(CloudObject::name).toList();
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw last;
    }

    /** A volume as the CSI driver makes one for a PVC: its own name, the cluster only in its metadata. */
    private String csiVolume() {
        Openstack4jGateway direct = OpenStackGateways.connect(sandbox.profile(), RetryPolicy.defaults());
        return direct.withClient("volume", "create CSI volume", c -> c.blockStorage().volumes()
                .create(Builders.volume().name("pvc-5d2b8f").size(1)
                        .metadata(Map.of(CSI_CLUSTER_KEY, plan.cluster(),
                                "csi.storage.k8s.io/pvc/name", "data")).build())).getId();
    }
}
