package io.opencenter.installer.provision.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.InMemoryCloud;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProgressSnapshot;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceEvent;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceState;
import io.opencenter.installer.provision.TestPlans;
import io.opencenter.installer.provision.journal.Journal;
import io.opencenter.installer.provision.journal.JournalEntry;
import io.opencenter.installer.provision.journal.JournalEntry.Event;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executor against the in-memory cloud: order, bounds, adoption, failures and cancel. */
class ApplierTest {

    @TempDir
    Path dir;

    private final ProvisioningPlan plan = TestPlans.sandbox();
    private final InMemoryCloud cloud = new InMemoryCloud();
    private TestPlans.Recorder recorder = new TestPlans.Recorder();

    static ApplyOptions fast(int parallelism, boolean lane) {
        return new ApplyOptions(parallelism, lane, Duration.ofMillis(1), Duration.ofMillis(4), Duration.ofSeconds(10));
    }

    private ApplyResult apply(ApplyOptions options, Cancellation cancel) {
        recorder = new TestPlans.Recorder();
        try (Journal journal = Journal.open(journalFile())) {
            return Applier.apply(plan, cloud, journal, options, recorder, cancel);
        }
    }

    private ApplyResult apply() {
        return apply(fast(4, true), new Cancellation());
    }

    private Path journalFile() {
        return dir.resolve("journal.jsonl");
    }

    private List<JournalEntry> journal() {
        return Journal.read(journalFile());
    }

    private long createdOnCloud() {
        return cloud.all().size();
    }

    @Test
    void createsTheWholePlanOnceInDependencyOrder() {
        ApplyResult result = apply();

        assertThat(result.outcome()).isEqualTo(ApplyResult.Outcome.COMPLETE);
        assertThat(result.created()).isEqualTo(plan.resources().size());
        assertThat(result.adopted()).isZero();
        assertThat(result.cloudIds()).containsOnlyKeys(plan.resources().stream().map(PlannedResource::key).toList());
        assertThat(cloud.createsByName().values()).allMatch(n -> n == 1);
        assertThat(createdOnCloud()).isEqualTo(plan.resources().size());
        // the in-memory cloud refuses a create before its dependencies exist, so order is checked there too
        List<String> order = cloud.createOrder();
        for (PlannedResource r : plan.resources()) {
            for (String dep : r.dependsOn()) {
                assertThat(order.indexOf(dep)).as("%s before %s", dep, r.key()).isLessThan(order.indexOf(r.key()));
            }
        }
    }

    @Test
    void journalsIntentBeforeEveryCreateAndTheRunAroundIt() {
        apply();
        List<JournalEntry> entries = journal();
        assertThat(entries.get(0).event()).isEqualTo(Event.RUN_STARTED);
        assertThat(entries.get(0).detail()).isEqualTo("apply");
        assertThat(entries.get(entries.size() - 1).event()).isEqualTo(Event.RUN_FINISHED);
        assertThat(entries.get(entries.size() - 1).detail()).isEqualTo("complete");
        for (PlannedResource r : plan.resources()) {
            List<Event> events = entries.stream().filter(e -> r.key().equals(e.key())).map(JournalEntry::event).toList();
            assertThat(events).as(r.key()).containsExactly(Event.INTENT, Event.CREATED, Event.READY);
        }
        assertThat(entries).noneMatch(e -> e.detail() != null && e.detail().contains("#cloud-config"));
    }

    @Test
    void reportsEveryStateAndProgressUpToTheEnd() {
        apply();
        Map<String, List<ResourceState>> states = recorder.events.stream().collect(Collectors.groupingBy(
                ResourceEvent::key, Collectors.mapping(ResourceEvent::state, Collectors.toList())));
        assertThat(states).hasSize(plan.resources().size());
        states.forEach((key, seen) -> assertThat(seen).as(key)
                .containsExactly(ResourceState.PENDING, ResourceState.CREATING, ResourceState.READY));
        List<ProgressSnapshot> progress = recorder.progress;
        ProgressSnapshot last = progress.get(progress.size() - 1);
        assertThat(last.finished()).isEqualTo(last.total()).isEqualTo(plan.resources().size());
        assertThat(last.eta()).isZero();
        for (int i = 1; i < progress.size(); i++) {
            assertThat(progress.get(i).finished()).isGreaterThanOrEqualTo(progress.get(i - 1).finished());
        }
        assertThat(progress.get(0).eta()).isPositive();
    }

    @Test
    void neverMoreCallsThanParallelismAndNeutronCallsOneAtATimeInTheLane() {
        cloud.callMillis(5);
        assertThat(apply(fast(3, true), new Cancellation()).complete()).isTrue();
        assertThat(cloud.maxConcurrentCalls()).isEqualTo(3);
        assertThat(cloud.maxConcurrentNeutronMutations()).isEqualTo(1);
    }

    @Test
    void withoutTheLaneNeutronCallsOverlap() {
        cloud.callMillis(5);
        assertThat(apply(fast(4, false), new Cancellation()).complete()).isTrue();
        assertThat(cloud.maxConcurrentCalls()).isEqualTo(4);
        assertThat(cloud.maxConcurrentNeutronMutations()).isGreaterThan(1);
    }

    @Test
    void parallelismOneRunsOneCallAtATime() {
        assertThat(apply(fast(1, false), new Cancellation()).complete()).isTrue();
        assertThat(cloud.maxConcurrentCalls()).isEqualTo(1);
    }

    @Test
    void aSecondApplyCreatesNothingAndAdoptsEverything() {
        ApplyResult first = apply();
        int creates = cloud.createCalls();

        ApplyResult second = apply();

        assertThat(second.outcome()).isEqualTo(ApplyResult.Outcome.COMPLETE);
        assertThat(second.created()).isZero();
        assertThat(second.adopted()).isEqualTo(plan.resources().size());
        assertThat(second.cloudIds()).isEqualTo(first.cloudIds());
        assertThat(cloud.createCalls()).isEqualTo(creates);
        assertThat(recorder.last().values()).allMatch(e -> e.state() == ResourceState.READY && e.adopted());
    }

    @Test
    void anUntaggedLeftoverIsAdoptedAndTagged() {
        CloudObject leftover = cloud.seed(ResourceKind.NETWORK, "demo-network", "demo", CloudObject.State.READY,
                false, CloudObject.Origin.INSTALLER);

        ApplyResult result = apply();

        assertThat(result.complete()).isTrue();
        assertThat(result.cloudIds()).containsEntry("network", leftover.id());
        assertThat(cloud.createsByName()).doesNotContainKey("NETWORK/demo-network");
        assertThat(cloud.all()).filteredOn(o -> o.id().equals(leftover.id())).singleElement()
                .satisfies(o -> assertThat(o.tagged()).isTrue());
        assertThat(result.adopted()).isEqualTo(1);
    }

    @Test
    void aCreateThatHappenedDespiteAnErrorIsFoundAndAdopted() {
        cloud.failCreates(r -> r.key().equals("server-control-plane-1"), 1,
                new OpenStackException(OpenStackException.Kind.SERVER_ERROR, 504, "nova: gateway timeout", null), true);

        ApplyResult result = apply();

        assertThat(result.complete()).isTrue();
        assertThat(cloud.createsByName()).containsEntry("SERVER/demo-control-plane-1", 1);
        assertThat(cloud.all()).filteredOn(o -> o.name().equals("demo-control-plane-1")).hasSize(3);
        assertThat(journal()).filteredOn(e -> "server-control-plane-1".equals(e.key())).extracting(JournalEntry::event)
                .containsExactly(Event.INTENT, Event.ADOPTED, Event.READY);
    }

    @Test
    void aCreateThatDidNotHappenIsSentAgainAfterTheLookup() {
        cloud.failCreates(r -> r.kind() == ResourceKind.SUBNET, 2,
                new OpenStackException(OpenStackException.Kind.OVER_LIMIT, 429, "neutron: slow down", null,
                        Duration.ofMillis(2)), false);

        ApplyResult result = apply();

        assertThat(result.complete()).isTrue();
        assertThat(cloud.createsByName()).containsEntry("SUBNET/demo-subnet", 1);
        assertThat(journal()).filteredOn(e -> "subnet".equals(e.key())).extracting(JournalEntry::event)
                .containsExactly(Event.INTENT, Event.INTENT, Event.INTENT, Event.CREATED, Event.READY);
    }

    @Test
    void aPermanentFailureSkipsItsDependentsAndTheRestGoesOn() {
        cloud.failCreates(r -> r.key().equals("volume-default-1"), 1,
                new OpenStackException(OpenStackException.Kind.FORBIDDEN, 403, "cinder: VolumeLimitExceeded", null),
                false);

        ApplyResult result = apply();

        assertThat(result.outcome()).isEqualTo(ApplyResult.Outcome.FAILED);
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("volume-default-1");
            assertThat(f.reason()).contains("VolumeLimitExceeded");
        });
        Map<String, ResourceEvent> last = recorder.last();
        assertThat(last.get("server-default-1").state()).isEqualTo(ResourceState.SKIPPED);
        assertThat(last.get("server-default-1").reason()).isEqualTo("depends on volume-default-1, which failed");
        assertThat(last.get("server-default-2").state()).isEqualTo(ResourceState.READY);
        assertThat(last.get("server-control-plane-3").state()).isEqualTo(ResourceState.READY);
        assertThat(result.cloudIds()).hasSize(plan.resources().size() - 2);
        assertThat(journal().get(journal().size() - 1).detail()).isEqualTo("failed");
    }

    @Test
    void aServerInErrorIsReplaced() {
        cloud.errorOnBuild(ResourceKind.SERVER, "demo-control-plane-2", 1);

        ApplyResult result = apply();

        assertThat(result.complete()).isTrue();
        assertThat(cloud.createsByName()).containsEntry("SERVER/demo-control-plane-2", 2);
        assertThat(cloud.all()).filteredOn(o -> o.kind() == ResourceKind.SERVER).hasSize(5)
                .allMatch(o -> o.state() == CloudObject.State.READY);
    }

    @Test
    void aServerThatKeepsFailingFailsWithTheCloudsReason() {
        cloud.errorOnBuild(ResourceKind.SERVER, "demo-control-plane-2", 10);

        ApplyResult result = apply();

        assertThat(result.outcome()).isEqualTo(ApplyResult.Outcome.FAILED);
        assertThat(cloud.createsByName()).containsEntry("SERVER/demo-control-plane-2", 1 + ResourceTask.REPLACEMENTS);
        assertThat(result.failures()).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("No valid host was found")
                        // hard anti-affinity in the plan: the failure says why and what to change
                        .contains("fewer compute hosts available to this project than 3 control-plane nodes")
                        .contains("spec.controlPlane.serverGroupPolicy: soft-anti-affinity")
                        .contains("spec.controlPlane.count to 1"));
    }

    @Test
    void aWorkerWithoutAHostGetsNoAntiAffinityHint() {
        cloud.errorOnBuild(ResourceKind.SERVER, "demo-default-1", 10);

        ApplyResult result = apply();

        assertThat(result.failures()).singleElement().satisfies(f -> assertThat(f.reason())
                .contains("No valid host was found").doesNotContain("serverGroupPolicy"));
    }

    @Test
    void aServerGroupWithAnotherPolicyIsMadeAgainBeforeTheServersJoinIt() {
        CloudObject old = cloud.seed(ResourceKind.SERVER_GROUP, "demo-control-plane", "demo",
                CloudObject.State.READY, true, CloudObject.Origin.INSTALLER);
        cloud.detail(old.id(), "soft-anti-affinity"); // an earlier run's; the plan asks for anti-affinity

        ApplyResult result = apply();

        assertThat(result.complete()).isTrue();
        assertThat(cloud.all()).noneMatch(o -> o.id().equals(old.id()));
        assertThat(cloud.createsByName()).containsEntry("SERVER_GROUP/demo-control-plane", 1);
        assertThat(result.cloudIds().get("server-group-control-plane")).isNotEqualTo(old.id());
        assertThat(journal()).anySatisfy(e -> {
            assertThat(e.event()).isEqualTo(Event.DELETE_INTENT);
            assertThat(e.detail()).contains("policy soft-anti-affinity where the config asks for anti-affinity");
        });
    }

    @Test
    void aServerGroupWithThePlannedPolicyIsAdopted() {
        CloudObject same = cloud.seed(ResourceKind.SERVER_GROUP, "demo-control-plane", "demo",
                CloudObject.State.READY, true, CloudObject.Origin.INSTALLER);
        cloud.detail(same.id(), "anti-affinity");

        ApplyResult result = apply();

        assertThat(result.complete()).isTrue();
        assertThat(result.cloudIds()).containsEntry("server-group-control-plane", same.id());
        assertThat(cloud.createsByName()).doesNotContainKey("SERVER_GROUP/demo-control-plane");
    }

    @Test
    void anAdoptedServerInErrorIsReplacedAndAPendingVolumeIsWaitedFor() {
        CloudObject broken = cloud.seed(ResourceKind.SERVER, "demo-default-1", "demo", CloudObject.State.ERROR, true,
                CloudObject.Origin.INSTALLER);
        CloudObject building = cloud.seed(ResourceKind.VOLUME, "demo-default-2", "demo", CloudObject.State.PENDING,
                true, CloudObject.Origin.INSTALLER);

        ApplyResult result = apply();

        assertThat(result.complete()).isTrue();
        assertThat(cloud.all()).noneMatch(o -> o.id().equals(broken.id()));
        assertThat(cloud.createsByName()).containsEntry("SERVER/demo-default-1", 1)
                .doesNotContainKey("VOLUME/demo-default-2");
        assertThat(result.cloudIds()).containsEntry("volume-default-2", building.id());
    }

    @Test
    void aKindThatCannotBeListedIsNotCreatedBlind() {
        cloud.failLists(ResourceKind.SERVER_GROUP, 100);

        ApplyResult result = apply();

        assertThat(result.outcome()).isEqualTo(ApplyResult.Outcome.FAILED);
        assertThat(cloud.createsByName()).doesNotContainKey("SERVER_GROUP/demo-control-plane");
        assertThat(recorder.last().get("server-control-plane-1").state()).isEqualTo(ResourceState.SKIPPED);
        assertThat(recorder.last().get("server-default-1").state()).isEqualTo(ResourceState.READY);
    }

    @Test
    void aListThatFailsBrieflyIsAskedAgain() {
        cloud.failLists(ResourceKind.SERVER_GROUP, 2);
        assertThat(apply().complete()).isTrue();
    }

    @Test
    void cancelStopsNewWorkKeepsTheJournalConsistentAndALaterApplyCompletes() throws Exception {
        InMemoryCloud.Gate gate = cloud.hold(r -> r.kind() == ResourceKind.SERVER);
        Cancellation cancel = new Cancellation();
        Thread canceller = new Thread(() -> {
            try {
                gate.awaitEntered();
                cancel.cancel();
                gate.open();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        canceller.start();

        ApplyResult cancelled = apply(fast(4, true), cancel);
        canceller.join();

        assertThat(cancelled.outcome()).isEqualTo(ApplyResult.Outcome.CANCELLED);
        assertThat(recorder.last().values()).allMatch(e -> e.state() == ResourceState.READY
                || e.state() == ResourceState.SKIPPED && e.reason().startsWith("cancelled"));
        List<JournalEntry> entries = journal();
        assertThat(entries.get(entries.size() - 1).detail()).isEqualTo("cancelled");
        long createdEntries = entries.stream().filter(e -> e.event() == Event.CREATED).count();
        assertThat(createdEntries).isEqualTo(createdOnCloud()).isEqualTo(cloud.createCalls());
        for (JournalEntry created : entries.stream().filter(e -> e.event() == Event.CREATED).toList()) {
            assertThat(entries.subList(0, entries.indexOf(created)))
                    .anyMatch(e -> e.event() == Event.INTENT && created.key().equals(e.key()));
        }
        assertThat(createdOnCloud()).isLessThan(plan.resources().size());

        ApplyResult resumed = apply();

        assertThat(resumed.complete()).isTrue();
        assertThat(resumed.adopted()).isPositive();
        assertThat(cloud.createsByName().values()).allMatch(n -> n == 1);
        assertThat(createdOnCloud()).isEqualTo(plan.resources().size());
    }

    @Test
    void cancelBeforeTheStartCreatesNothing() {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        ApplyResult result = apply(fast(4, true), cancel);
        assertThat(result.outcome()).isEqualTo(ApplyResult.Outcome.CANCELLED);
        assertThat(cloud.createCalls()).isZero();
        assertThat(recorder.last().values()).allMatch(e -> e.state() == ResourceState.SKIPPED);
    }

    @Test
    void theFirstEtaIsTheCriticalPathOfThePlan() {
        apply();
        assertThat(recorder.progress.get(0).eta())
                .isEqualTo(CriticalPath.of(plan, DurationModel.typical(), true, 4).length());
    }

    @Test
    void transientFailuresThatNeverEndFailTheResourceAfterBoundedAttempts() {
        cloud.failCreates(r -> r.key().equals("router"), 100,
                new OpenStackException(OpenStackException.Kind.UNREACHABLE, 0, "neutron: connection reset", null), false);

        ApplyResult result = apply();

        assertThat(result.outcome()).isEqualTo(ApplyResult.Outcome.FAILED);
        assertThat(result.failures()).extracting(ResourceEvent::key).containsExactly("router");
        assertThat(result.failures().get(0).reason()).contains("gave up after " + Creator.ATTEMPTS)
                .contains("connection reset");
        assertThat(recorder.last().get("floating-ip").reason()).isEqualTo("depends on router, which failed");
    }

    @Test
    void aServerThatNeverBecomesReadyFailsAtTheTimeLimit() {
        cloud.pollsUntilReady(Integer.MAX_VALUE);
        ApplyOptions shortWait = new ApplyOptions(4, true, Duration.ofMillis(1), Duration.ofMillis(4),
                Duration.ofMillis(150));

        ApplyResult result = apply(shortWait, new Cancellation());

        assertThat(result.outcome()).isEqualTo(ApplyResult.Outcome.FAILED);
        assertThat(result.failures()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.reason()).startsWith("not ready after 150 ms"));
    }

    @Test
    void aKindStartsOnceItsOwnListIsBackWithoutWaitingForSlowerLists() throws Exception {
        InMemoryCloud.Gate serverGroups = cloud.holdLists(ResourceKind.SERVER_GROUP);
        InMemoryCloud.Gate network = cloud.hold(r -> r.kind() == ResourceKind.NETWORK);
        Thread releaser = new Thread(() -> {
            try {
                network.awaitEntered();
                serverGroups.open();
                network.open();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        releaser.start();

        ApplyResult result = apply();
        releaser.join();

        assertThat(result.complete()).isTrue();
        assertThat(cloud.createOrder().get(0)).isNotEqualTo("server-group-control-plane");
    }
}
