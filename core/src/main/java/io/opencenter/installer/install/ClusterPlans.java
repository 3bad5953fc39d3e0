package io.opencenter.installer.install;

import io.opencenter.installer.provision.BootstrapData;
import io.opencenter.installer.provision.PlaceholderBootstrapData;
import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.spec.ClusterConfig;

/**
 * The one place a config becomes a provisioning plan, and the one place that picks the servers' bootstrap data:
 * preflight, plan, apply, export and the Review page all see the same plan.
 */
public final class ClusterPlans {
    private ClusterPlans() {}

    /** The plan of a valid config. */
    public static ProvisioningPlan of(ClusterConfig config) {
        return PlanBuilder.build(config, bootstrapData());
    }

    /** Placeholder user-data until the bootstrap phase generates the real cloud-init per role. */
    static BootstrapData bootstrapData() {
        return new PlaceholderBootstrapData();
    }
}
