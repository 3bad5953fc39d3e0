package io.opencenter.installer.preflight;

import static io.opencenter.installer.spec.ConfigField.CONTROL_PLANE_SERVER_GROUP_POLICY;

import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.spec.ServerGroupPolicy;
import java.util.List;

/**
 * The control plane's server group policy against the cloud: a soft one needs a Nova that offers compute API
 * microversion 2.15. (Whether there are enough hosts for a hard one cannot be read: listing hypervisors is an
 * admin's call; apply explains Nova's "No valid host was found" instead.)
 */
final class ServerGroupCheck {
    static final String SOFT_VERSION = "2." + ServerGroupPolicy.SOFT_POLICY_MICROVERSION;

    private ServerGroupCheck() {}

    /** Whether the config asks for a soft policy, so that preflight asks Nova whether it has them. */
    static boolean wantsSoftPolicy(ClusterConfig config) {
        return config.spec() != null && config.spec().controlPlane() != null
                && config.spec().controlPlane().policyOrDefault().map(ServerGroupPolicy::soft).orElse(false);
    }

    static List<Finding> check(ClusterConfig config, CloudFacts facts) {
        if (!wantsSoftPolicy(config) || facts.softServerGroups()) {
            return List.of();
        }
        return List.of(Finding.error(CONTROL_PLANE_SERVER_GROUP_POLICY.path(), "this cloud's Nova does not offer "
                + "soft-anti-affinity: it refuses compute API microversion " + SOFT_VERSION + ", where the soft "
                + "policies begin", "use serverGroupPolicy: anti-affinity, which needs at least as many compute hosts"
                + " as control-plane nodes, or ask the cloud's operators for a Nova of 2016 (Mitaka) or later"));
    }
}
