package io.opencenter.installer.provision.apply;

import static io.opencenter.installer.provision.TestPlans.plan;
import static io.opencenter.installer.provision.TestPlans.res;
import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.TestPlans;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CriticalPathTest {

    /** Neutron 1 s, volume 2 s, server 10 s. */
    private static final DurationModel MODEL = DurationModel.of(Map.of(
            ResourceKind.NETWORK, Duration.ofSeconds(1), ResourceKind.SUBNET, Duration.ofSeconds(1),
            ResourceKind.SECURITY_GROUP, Duration.ofSeconds(1), ResourceKind.PORT, Duration.ofSeconds(1),
            ResourceKind.VOLUME, Duration.ofSeconds(2), ResourceKind.SERVER, Duration.ofSeconds(10)));

    /** net → subnet → port → server; security group → port; volume → server. */
    private static final ProvisioningPlan NODE = plan(
            res("net", ResourceKind.NETWORK),
            res("sub", ResourceKind.SUBNET, "net"),
            res("sg", ResourceKind.SECURITY_GROUP),
            res("port", ResourceKind.PORT, "sub", "sg"),
            res("vol", ResourceKind.VOLUME),
            res("srv", ResourceKind.SERVER, "port", "vol"));

    @Test
    void withoutTheLaneItIsTheLongestWeightedPath() {
        CriticalPath cp = CriticalPath.of(NODE, MODEL, false, 16);
        assertThat(cp.length()).isEqualTo(Duration.ofSeconds(13));
        assertThat(cp.chain()).containsExactly("net", "sub", "port", "srv");
    }

    @Test
    void withTheLaneNeutronCreatesQueueUpInPlanOrder() {
        CriticalPath cp = CriticalPath.of(NODE, MODEL, true, 16);
        // net 0-1, sub 1-2, sg 2-3 (waited for the lane), port 3-4, server 4-14; the volume runs alongside
        assertThat(cp.length()).isEqualTo(Duration.ofSeconds(14));
        assertThat(cp.chain()).containsExactly("net", "sub", "sg", "port", "srv");
    }

    @Test
    void parallelismOneIsTheSumOfAllDurations() {
        assertThat(CriticalPath.of(NODE, MODEL, false, 1).length()).isEqualTo(Duration.ofSeconds(16));
        assertThat(CriticalPath.of(NODE, MODEL, true, 1).length()).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void aSmallPoolDelaysWhatHasNoFreeSlot() {
        ProvisioningPlan nodes = plan(res("v1", ResourceKind.VOLUME), res("v2", ResourceKind.VOLUME),
                res("v3", ResourceKind.VOLUME), res("s1", ResourceKind.SERVER, "v1"),
                res("s2", ResourceKind.SERVER, "v2"), res("s3", ResourceKind.SERVER, "v3"));
        assertThat(CriticalPath.of(nodes, MODEL, false, 3).length()).isEqualTo(Duration.ofSeconds(12));
        // v1 v2 | at 2: v3 s1 | at 4: s2 | at 12, when s1 frees its slot: s3 until 22
        CriticalPath two = CriticalPath.of(nodes, MODEL, false, 2);
        assertThat(two.length()).isEqualTo(Duration.ofSeconds(22));
        assertThat(two.chain()).containsExactly("v1", "s1", "s3");
    }

    @Test
    void theLaneServesTheLongestRemainingPathFirst() {
        ProvisioningPlan rulesFirst = plan(res("r1", ResourceKind.SECURITY_GROUP_RULE),
                res("r2", ResourceKind.SECURITY_GROUP_RULE), res("r3", ResourceKind.SECURITY_GROUP_RULE),
                res("vip", ResourceKind.PORT), res("srv", ResourceKind.SERVER, "vip"));
        DurationModel model = MODEL.with(ResourceKind.SECURITY_GROUP_RULE, Duration.ofSeconds(1));
        // the port goes into the lane before the rules nothing waits for, so the server starts at 1, not at 4
        CriticalPath cp = CriticalPath.of(rulesFirst, model, true, 8);
        assertThat(cp.length()).isEqualTo(Duration.ofSeconds(11));
        assertThat(cp.chain()).containsExactly("vip", "srv");
    }

    @Test
    void independentNeutronResourcesFormOneChainInTheLane() {
        ProvisioningPlan rules = plan(res("a", ResourceKind.PORT), res("b", ResourceKind.PORT),
                res("c", ResourceKind.PORT), res("k", ResourceKind.KEYPAIR));
        DurationModel model = DurationModel.of(Map.of(ResourceKind.PORT, Duration.ofMillis(300),
                ResourceKind.KEYPAIR, Duration.ofMillis(500)));
        assertThat(CriticalPath.of(rules, model, false, 8).length()).isEqualTo(Duration.ofMillis(500));
        CriticalPath lane = CriticalPath.of(rules, model, true, 8);
        assertThat(lane.length()).isEqualTo(Duration.ofMillis(900));
        assertThat(lane.chain()).containsExactly("a", "b", "c");
    }

    @Test
    void anEmptyPlanTakesNoTime() {
        CriticalPath cp = CriticalPath.of(plan(), MODEL, true, 4);
        assertThat(cp.length()).isZero();
        assertThat(cp.chain()).isEmpty();
    }

    @Test
    void onTheSandboxPlanTheLaneCostsAtLeastTheSumOfNeutronWork() {
        ProvisioningPlan demo = TestPlans.sandbox();
        DurationModel typical = DurationModel.typical();
        CriticalPath free = CriticalPath.of(demo, typical, false, 16);
        CriticalPath lane = CriticalPath.of(demo, typical, true, 16);
        Duration neutron = demo.resources().stream().filter(PlannedResource::neutronMutating)
                .map(r -> typical.of(r.kind())).reduce(Duration.ZERO, Duration::plus);
        assertThat(lane.length()).isGreaterThanOrEqualTo(free.length()).isGreaterThanOrEqualTo(neutron);
        // when Neutron work is as slow as the rest, the lane is what the plan waits for
        DurationModel flat = DurationModel.ofCalls(Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO);
        assertThat(CriticalPath.of(demo, flat, true, 16).length())
                .isGreaterThan(CriticalPath.of(demo, flat, false, 16).length());
        assertThat(free.chain()).last().satisfies(k -> assertThat(k).startsWith("server-"));
        // every link of the chain is a real dependency when nothing but dependencies constrain the schedule
        for (int i = 1; i < free.chain().size(); i++) {
            assertThat(demo.dependenciesOf(free.chain().get(i))).contains(free.chain().get(i - 1));
        }
    }

    @Test
    void theModelFromCallFiguresAddsReadyWaitsToVolumesAndServers() {
        DurationModel m = DurationModel.ofCalls(Duration.ofMillis(40), Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(m.of(ResourceKind.PORT)).isEqualTo(Duration.ofMillis(40));
        assertThat(m.of(ResourceKind.VOLUME)).isEqualTo(Duration.ofMillis(1040));
        assertThat(m.of(ResourceKind.SERVER)).isEqualTo(Duration.ofMillis(2040));
        assertThat(m.with(ResourceKind.PORT, Duration.ofMillis(7)).of(ResourceKind.PORT))
                .isEqualTo(Duration.ofMillis(7));
        assertThat(DurationModel.typical().of(ResourceKind.SERVER))
                .isGreaterThan(DurationModel.typical().of(ResourceKind.VOLUME));
    }
}
