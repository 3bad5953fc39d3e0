package io.opencenter.installer.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opencenter.installer.provision.ResourceAttributes.Network;
import io.opencenter.installer.spec.ClusterConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvisioningPlanTest {

    private static PlannedResource r(String key, String... deps) {
        return new PlannedResource(key, ResourceKind.NETWORK, "c-" + key, ResourceNames.clusterTag("c"),
                new Network(), List.of(deps));
    }

    @Test
    void topologicalOrderRespectsEveryDependencyInEveryPlan() {
        for (ClusterConfig c : PlanConfigs.all()) {
            ProvisioningPlan plan = PlanConfigs.plan(c);
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < plan.resources().size(); i++) {
                position.put(plan.resources().get(i).key(), i);
            }
            for (PlannedResource r : plan.resources()) {
                for (String dep : r.dependsOn()) {
                    assertThat(position.get(dep)).as("%s before %s", dep, r.key()).isLessThan(position.get(r.key()));
                }
            }
        }
    }

    @Test
    void reverseOrderIsTheExactReverse() {
        ProvisioningPlan plan = PlanConfigs.plan(PlanConfigs.openstack());
        List<PlannedResource> expected = new ArrayList<>(plan.resources());
        Collections.reverse(expected);
        assertThat(plan.reverseOrder()).isEqualTo(expected);
        assertThat(plan.reverseOrder().get(plan.resources().size() - 1)).isEqualTo(plan.resources().get(0));
    }

    @Test
    void orderIsStableAndFollowsInputAmongReadyResources() {
        ProvisioningPlan plan = new ProvisioningPlan("c", List.of(r("b", "a"), r("c"), r("a"), r("d", "b", "c")));
        assertThat(plan.resources()).extracting(PlannedResource::key).containsExactly("c", "a", "b", "d");
        assertThat(new ProvisioningPlan("c", plan.resources())).isEqualTo(plan);
    }

    @Test
    void dependenciesAndDependentsAreInverse() {
        ProvisioningPlan plan = PlanConfigs.plan(PlanConfigs.sandbox());
        // every server waits for the floating IP its user-data names
        assertThat(plan.dependentsOf("floating-ip")).containsExactly("server-control-plane-1",
                "server-control-plane-2", "server-control-plane-3", "server-default-1", "server-default-2");
        assertThat(plan.dependentsOf("server-group-control-plane"))
                .containsExactly("server-control-plane-1", "server-control-plane-2", "server-control-plane-3");
        assertThat(plan.dependentsOf("network")).containsExactly("subnet");
        for (PlannedResource r : plan.resources()) {
            for (String dep : plan.dependenciesOf(r.key())) {
                assertThat(plan.dependentsOf(dep)).contains(r.key());
            }
            for (String dependent : plan.dependentsOf(r.key())) {
                assertThat(plan.dependenciesOf(dependent)).contains(r.key());
            }
        }
        assertThatThrownBy(() -> plan.dependentsOf("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingDependencyIsRefused() {
        assertThatThrownBy(() -> new ProvisioningPlan("c", List.of(r("a"), r("b", "ghost"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("b depends on ghost");
    }

    @Test
    void aCycleIsRefusedNamingItsMembers() {
        assertThatThrownBy(() -> new ProvisioningPlan("c", List.of(r("root"), r("x", "z"), r("y", "x"), r("z", "y"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cycle")
                .hasMessageContaining("x").hasMessageContaining("y").hasMessageContaining("z")
                .hasMessageNotContaining("root");
    }

    @Test
    void aRepeatedKeyIsRefused() {
        assertThatThrownBy(() -> new ProvisioningPlan("c", List.of(r("a"), r("a"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("two resources with key a");
    }

    @Test
    void countsCoverEveryKind() {
        ProvisioningPlan plan = PlanConfigs.plan(PlanConfigs.sandbox());
        Map<ResourceKind, Integer> counts = plan.countsByKind();
        assertThat(counts).containsOnlyKeys(ResourceKind.values());
        assertThat(counts.get(ResourceKind.KEYPAIR)).isZero();
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(plan.resources().size());
        assertThat(plan.ofKind(ResourceKind.SERVER)).hasSize(counts.get(ResourceKind.SERVER));
    }
}
