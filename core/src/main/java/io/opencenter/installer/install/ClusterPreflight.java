package io.opencenter.installer.install;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.preflight.HeldResources;
import io.opencenter.installer.preflight.Preflight;
import io.opencenter.installer.preflight.PreflightReport;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.spec.ClusterConfig;

/**
 * The one preflight every face runs (the Cluster and Review pages, {@code preflight}, {@code plan}, {@code apply}):
 * the config's plan against its cloud in the config's region, counting only what the cluster does not hold yet, so
 * that a half-built cluster gets the same answer everywhere. Reads only.
 */
public final class ClusterPreflight {
    private ClusterPreflight() {}

    public static PreflightReport run(ClusterConfig config, CloudConnection cloud, Catalog catalog) {
        CloudConnection inRegion = cloud.inRegionOf(config);
        return run(config, ClusterPlans.of(config), inRegion, HeldResources.on(inRegion::openInfrastructure),
                catalog);
    }

    /** On {@code cloud}, already in the config's region; {@code held} lists what the cluster has there. */
    static PreflightReport run(ClusterConfig config, ProvisioningPlan plan, CloudConnection cloud,
                               HeldResources held, Catalog catalog) {
        return Preflight.run(config, plan, cloud.profile(), cloud.gateway(), held, catalog);
    }
}
