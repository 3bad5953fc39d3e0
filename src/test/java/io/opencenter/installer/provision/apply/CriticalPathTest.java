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
        ProvisioningPlan volumes = plan(res("v1", ResourceKind.VOLUME), res("v2", ResourceKind.VOLUME),
                res("v3", ResourceKind.VOLUME), res("srv", ResourceKind.SERVER, "v3"));
        assertThat(CriticalPath.of(volumes, MODEL, false, 3).length()).isEqualTo(Duration.ofSeconds(12));
        // v1 and v2 take both slots; v3 starts when v1 frees one at 2, the server at 4
        CriticalPath two = CriticalPath.of(volumes, MODEL, false, 2);
        assertThat(two.length()).isEqualTo(Duration.ofSeconds(14));
        assertThat(two.chain()).containsExactly("v1", "v3", "srv");
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
        assertThat(lane.length()).isGreaterThan(free.length()).isGreaterThanOrEqualTo(neutron);
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
