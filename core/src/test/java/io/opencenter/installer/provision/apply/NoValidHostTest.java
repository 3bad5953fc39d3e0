package io.opencenter.installer.provision.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.ClusterSpec;
import org.junit.jupiter.api.Test;

/** The explanation of Nova's "No valid host was found": only for a node in a hard anti-affinity group. */
class NoValidHostTest {
    private static final String FAULT = "still failing after 2 replacements: ERROR: No valid host was found. "
            + "There are not enough hosts available.";

    private static ProvisioningPlan plan(int count, String policy, String zone) {
        ClusterConfig base = ClusterConfigs.sandboxDefault();
        ClusterSpec s = base.spec();
        ClusterSpec.ControlPlane cp = s.controlPlane();
        ClusterSpec spec = new ClusterSpec(new ClusterSpec.Cloud(null, "RegionOne", zone, true), s.kubernetes(),
                s.network(), new ClusterSpec.ControlPlane(count, cp.flavor(), cp.image(), cp.volumeSizeGb(), policy),
                s.workerPools(), s.sshPublicKeyFile(), s.platform(), s.provisioning(), s.offline());
        return PlanBuilder.build(new ClusterConfig(base.apiVersion(), base.kind(), base.metadata(), spec));
    }

    private static PlannedResource server(ProvisioningPlan plan, String key) {
        return plan.resource(key).orElseThrow();
    }

    @Test
    void fiveHardAntiAffinityNodesWithoutAHostAreExplainedWithBothWaysOut() {
        ProvisioningPlan plan = plan(5, "anti-affinity", "nova");
        String reason = NoValidHost.explain(plan, server(plan, "server-control-plane-5"), FAULT);
        assertThat(reason).startsWith(FAULT + ". ")
                .contains("server group demo-control-plane uses hard anti-affinity")
                .contains("fewer compute hosts available to this project in availability zone nova than 5"
                        + " control-plane nodes")
                .contains("spec.controlPlane.serverGroupPolicy: soft-anti-affinity")
                .contains("Cluster page")
                .contains("spec.controlPlane.count to 3");
    }

    @Test
    void theDefaultPolicyCountsAsHard() {
        ProvisioningPlan plan = plan(3, null, null);
        assertThat(NoValidHost.hint(plan, server(plan, "server-control-plane-3"), FAULT)).get().asString()
                .contains("than 3 control-plane nodes").contains("count to 1").doesNotContain("availability zone");
    }

    @Test
    void nothingIsAddedForSoftAntiAffinityWorkersOrOtherFaults() {
        ProvisioningPlan soft = plan(5, "soft-anti-affinity", null);
        assertThat(NoValidHost.explain(soft, server(soft, "server-control-plane-5"), FAULT)).isEqualTo(FAULT);
        ProvisioningPlan hard = plan(3, "anti-affinity", null);
        assertThat(NoValidHost.hint(hard, server(hard, "server-default-1"), FAULT)).isEmpty();
        assertThat(NoValidHost.hint(hard, server(hard, "server-control-plane-1"), "ERROR: Build of instance "
                + "aborted: Volume did not finish being created")).isEmpty();
        assertThat(NoValidHost.hint(hard, server(hard, "volume-control-plane-1"), FAULT)).isEmpty();
    }
}
