package io.opencenter.installer.install;

import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.apply.ApplyOptions;
import io.opencenter.installer.provision.apply.CriticalPath;
import io.opencenter.installer.provision.apply.DurationModel;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;

/**
 * The one place a config becomes a provisioning plan: preflight, plan, apply, export and the Review page all see the
 * same plan. (The servers' user-data is not in it: {@link InstallContext#bootstrapData()} renders it at create.)
 */
public final class ClusterPlans {
    private ClusterPlans() {}

    /** The plan of a valid config. */
    public static ProvisioningPlan of(ClusterConfig config) {
        return PlanBuilder.build(config);
    }

    /** The critical path with typical durations, in the provisioning mode the config asks for. */
    public static CriticalPath estimate(ClusterConfig config, ProvisioningPlan plan) {
        ClusterSpec.Provisioning p = ClusterSpec.Provisioning.orDefaults(config.spec().provisioning());
        return CriticalPath.of(plan, DurationModel.typical(), p.serializeOrDefault(), p.parallelismOrDefault());
    }

    /** How apply runs the plan: the config's parallelism and serialization, or their defaults. */
    static ApplyOptions applyOptions(ClusterConfig config) {
        ClusterSpec.Provisioning p = ClusterSpec.Provisioning.orDefaults(config.spec().provisioning());
        return ApplyOptions.of(p.parallelismOrDefault(), p.serializeOrDefault());
    }
}
