package io.opencenter.installer.install;

import io.opencenter.installer.openstack.preflight.Preflight;
import io.opencenter.installer.openstack.preflight.PreflightReport;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.spec.ClusterConfig;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Preflight for a cluster that may partly exist already: the quota check counts only what is still to be created
 * (see {@link OwnUsageGateway}). Reads only. Used by the install and by {@code plan}.
 */
public final class ClusterPreflight {

    private ClusterPreflight() {}

    /**
     * @param cloud          the connection, already in the config's region
     * @param infrastructure the provisioning side of the same cloud, asked only for the cluster's existing objects
     */
    public static PreflightReport run(ClusterConfig config, ProvisioningPlan plan, CloudConnection cloud,
                                      Supplier<InfrastructureCloud> infrastructure, Catalog catalog) {
        return Preflight.run(config, cloud.profile(),
                p -> new OwnUsageGateway(cloud.gateway().apply(p), plan, () -> existing(infrastructure.get(),
                        plan.cluster())), catalog);
    }

    /** The cluster's installer-made objects by kind (load balancers are never planned, so never discounted). */
    static Map<ResourceKind, List<CloudObject>> existing(InfrastructureCloud cloud, String cluster) {
        Map<ResourceKind, List<CloudObject>> all = new EnumMap<>(ResourceKind.class);
        for (ResourceKind kind : ResourceKind.values()) {
            if (kind != ResourceKind.LOAD_BALANCER) {
                all.put(kind, cloud.list(kind, cluster));
            }
        }
        return all;
    }
}
