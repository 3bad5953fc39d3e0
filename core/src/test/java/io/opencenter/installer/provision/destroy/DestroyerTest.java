package io.opencenter.installer.provision.destroy;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.InMemoryCloud;
import io.opencenter.installer.provision.ProgressSnapshot;
import io.opencenter.installer.provision.ProvisionListener;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceEvent;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceState;
import io.opencenter.installer.provision.TestPlans;
import io.opencenter.installer.provision.apply.Applier;
import io.opencenter.installer.provision.apply.ApplyOptions;
import io.opencenter.installer.provision.journal.Journal;
import io.opencenter.installer.provision.journal.JournalEntry;
import io.opencenter.installer.provision.journal.JournalEntry.Event;
import io.opencenter.installer.provision.journal.JournalSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DestroyerTest {

    private static final ApplyOptions FAST = new ApplyOptions(4, true, Duration.ofMillis(1), Duration.ofMillis(4),
            Duration.ofSeconds(10));

    @TempDir
    Path dir;

    private final ProvisioningPlan plan = TestPlans.sandbox();
    private final InMemoryCloud cloud = new InMemoryCloud();
    private final TestPlans.Recorder recorder = new TestPlans.Recorder();

    @BeforeEach
    void applyThePlan() {
        try (Journal journal = Journal.open(journalFile())) {
            assertThat(Applier.apply(plan, cloud, journal, FAST, ProvisionListener.NONE, new Cancellation())
                    .complete()).isTrue();
        }
    }

    private Path journalFile() {
        return dir.resolve("journal.jsonl");
    }

    private DestroyResult destroy(DestroyInventory inventory, ProvisionListener listener, Cancellation cancel) {
        try (Journal journal = Journal.open(journalFile())) {
            return Destroyer.destroy(inventory, cloud, journal, listener, cancel, FAST);
        }
    }

    private CloudObject seedCsiVolume() {
        return cloud.seed(ResourceKind.VOLUME, "pvc-3f1e", "demo", CloudObject.State.READY, false,
                CloudObject.Origin.CSI);
    }

    @Test
    void theInventoryGroupsByOriginInDeletionOrder() {
        CloudObject csi = seedCsiVolume();
        CloudObject lb = cloud.seed(ResourceKind.LOAD_BALANCER, "kube_service_demo_default_web", "demo",
                CloudObject.State.READY, false, CloudObject.Origin.CCM);
        CloudObject leftover = cloud.seed(ResourceKind.PORT, "demo-default-9", "demo", CloudObject.State.READY, false,
                CloudObject.Origin.INSTALLER);
        cloud.seed(ResourceKind.NETWORK, "other-network", "other", CloudObject.State.READY, true,
                CloudObject.Origin.INSTALLER);

        DestroyInventory inventory = Destroyer.inventory("demo", cloud);

        int rules = plan.count(ResourceKind.SECURITY_GROUP_RULE);
        assertThat(inventory.installerCreated()).hasSize(plan.resources().size() - rules + 1)
                .contains(leftover)
                .noneMatch(o -> o.kind() == ResourceKind.SECURITY_GROUP_RULE)
                .noneMatch(o -> o.name().startsWith("other"));
        assertThat(inventory.csiCreated()).containsExactly(csi);
        assertThat(inventory.ccmCreated()).containsExactly(lb);
        List<ResourceKind> kinds = inventory.installerCreated().stream().map(CloudObject::kind).toList();
        assertThat(kinds.get(0)).isEqualTo(ResourceKind.SERVER);
        assertThat(kinds.get(kinds.size() - 1)).isEqualTo(ResourceKind.SERVER_GROUP);
        assertThat(kinds.lastIndexOf(ResourceKind.SERVER)).isLessThan(kinds.indexOf(ResourceKind.VOLUME));
        assertThat(kinds.lastIndexOf(ResourceKind.PORT)).isLessThan(kinds.indexOf(ResourceKind.SUBNET));
        assertThat(kinds.lastIndexOf(ResourceKind.NETWORK)).isLessThan(kinds.indexOf(ResourceKind.SECURITY_GROUP));
    }

    @Test
    void destroyRemovesEverythingIncludingWhatTheClusterMadeAndIsIdempotent() {
        seedCsiVolume();
        cloud.seed(ResourceKind.LOAD_BALANCER, "kube_service_demo_default_web", "demo", CloudObject.State.READY,
                false, CloudObject.Origin.CCM);
        DestroyInventory inventory = Destroyer.inventory("demo", cloud);

        DestroyResult result = destroy(inventory, recorder, new Cancellation());

        assertThat(result.complete()).isTrue();
        assertThat(result.deleted()).hasSize(inventory.size());
        assertThat(cloud.all()).isEmpty();
        assertThat(JournalSummary.of(Journal.read(journalFile())).cloudIds()).isEmpty();
        List<ResourceEvent> events = recorder.events;
        assertThat(events).filteredOn(e -> e.state() == ResourceState.DELETED).hasSize(inventory.size());
        int lastServerGone = lastIndex(events, ResourceKind.SERVER, ResourceState.DELETED);
        int firstVolume = firstIndex(events, ResourceKind.VOLUME, ResourceState.DELETING);
        assertThat(lastServerGone).isLessThan(firstVolume);
        ProgressSnapshot last = recorder.progress.get(recorder.progress.size() - 1);
        assertThat(last.finished()).isEqualTo(last.total()).isEqualTo(inventory.size());

        DestroyInventory again = Destroyer.inventory("demo", cloud);
        assertThat(again.isEmpty()).isTrue();
        assertThat(destroy(again, ProvisionListener.NONE, new Cancellation()).complete()).isTrue();
        List<JournalEntry> entries = Journal.read(journalFile());
        assertThat(entries.get(entries.size() - 1).detail()).isEqualTo("complete");
    }

    @Test
    void eachDeletionIsAnnouncedInTheJournalBeforeItIsDone() {
        DestroyInventory inventory = Destroyer.inventory("demo", cloud);
        destroy(inventory, ProvisionListener.NONE, new Cancellation());
        List<JournalEntry> entries = Journal.read(journalFile());
        for (CloudObject o : inventory.installerCreated()) {
            List<Event> seen = entries.stream().filter(e -> o.id().equals(e.cloudId())
                    && (e.event() == Event.DELETE_INTENT || e.event() == Event.DELETED)).map(JournalEntry::event).toList();
            assertThat(seen).as(o.name()).containsExactly(Event.DELETE_INTENT, Event.DELETED);
        }
    }

    @Test
    void whatCannotBeRemovedIsReportedWithTheCloudsReasonAndTheRestGoes() {
        cloud.failDeletes(ResourceKind.SECURITY_GROUP, "demo-secgroup-workers", new OpenStackException(OpenStackException.Kind.FORBIDDEN, 403,
                "neutron: policy does not allow delete_security_group", null));

        DestroyResult result = destroy(Destroyer.inventory("demo", cloud), recorder, new Cancellation());

        assertThat(result.complete()).isFalse();
        assertThat(result.cancelled()).isFalse();
        assertThat(result.leftovers()).singleElement().satisfies(l -> {
            assertThat(l.object().name()).isEqualTo("demo-secgroup-workers");
            assertThat(l.reason()).contains("delete_security_group");
        });
        assertThat(cloud.all()).allMatch(o -> o.name().equals("demo-secgroup-workers")
                || o.kind() == ResourceKind.SECURITY_GROUP_RULE);
        List<JournalEntry> entries = Journal.read(journalFile());
        assertThat(entries.get(entries.size() - 1).detail()).isEqualTo("failed");
    }

    @Test
    void cancelStopsBetweenDeletionsAndALaterDestroyFinishes() {
        Cancellation cancel = new Cancellation();
        ProvisionListener cancelAfterFirst = new ProvisionListener() {
            @Override
            public void resource(ResourceEvent event) {
                if (event.state() == ResourceState.DELETED) {
                    cancel.cancel();
                }
            }

            @Override
            public void progress(ProgressSnapshot progress) {}
        };
        DestroyInventory inventory = Destroyer.inventory("demo", cloud);

        DestroyResult result = destroy(inventory, cancelAfterFirst, cancel);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.deleted()).isNotEmpty().hasSizeLessThan(inventory.size());
        assertThat(cloud.all()).isNotEmpty();
        List<JournalEntry> entries = Journal.read(journalFile());
        assertThat(entries.get(entries.size() - 1).detail()).isEqualTo("cancelled");

        DestroyResult rest = destroy(Destroyer.inventory("demo", cloud), ProvisionListener.NONE, new Cancellation());
        assertThat(rest.complete()).isTrue();
        assertThat(cloud.all()).isEmpty();
    }

    @Test
    void aVolumeStillLetGoOfIsTriedAgainUntilItCanBeDeleted() {
        cloud.failDeletes(ResourceKind.VOLUME, "demo-default-1", new OpenStackException(OpenStackException.Kind.BAD_REQUEST, 400,
                "cinder: Volume status must be available or error", null), 3);

        DestroyResult result = destroy(Destroyer.inventory("demo", cloud), recorder, new Cancellation());

        assertThat(result.complete()).isTrue();
        assertThat(cloud.all()).isEmpty();
    }

    @Test
    void aRefusalThatNeverClearsBecomesALeftoverWithinTheLimit() {
        cloud.failDeletes(ResourceKind.SUBNET, "demo-subnet", new OpenStackException(OpenStackException.Kind.CONFLICT, 409,
                "neutron: Unable to complete operation on subnet: one or more ports have an IP allocation", null));
        ApplyOptions shortLimit = new ApplyOptions(4, true, Duration.ofMillis(1), Duration.ofMillis(4),
                Duration.ofMillis(100));

        DestroyResult result;
        try (Journal journal = Journal.open(journalFile())) {
            result = Destroyer.destroy(Destroyer.inventory("demo", cloud), cloud, journal, recorder,
                    new Cancellation(), shortLimit);
        }

        assertThat(result.leftovers()).extracting(l -> l.object().name())
                .containsExactly("demo-subnet", "demo-network");
        assertThat(result.leftovers().get(0).reason()).contains("IP allocation");
        assertThat(result.leftovers().get(1).reason()).contains("in use by SUBNET demo-subnet");
    }

    private static int lastIndex(List<ResourceEvent> events, ResourceKind kind, ResourceState state) {
        int found = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).kind() == kind && events.get(i).state() == state) {
                found = i;
            }
        }
        return found;
    }

    private static int firstIndex(List<ResourceEvent> events, ResourceKind kind, ResourceState state) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).kind() == kind && events.get(i).state() == state) {
                return i;
            }
        }
        return -1;
    }
}
