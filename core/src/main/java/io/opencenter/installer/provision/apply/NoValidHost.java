package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.spec.ConfigField;
import io.opencenter.installer.spec.ServerGroupPolicy;
import java.util.Optional;

/**
 * Nova's "No valid host was found" for a node in a hard anti-affinity group, explained: each member needs a compute
 * host of its own, so the cloud has fewer hosts (with room, in reach of this project and zone) than control-plane
 * nodes. Replacing the server cannot help; the config has to change, and the failure says how.
 */
final class NoValidHost {
    /** The start of Nova's fault message (the scheduler's NoValidHost), the same from Mitaka to today. */
    static final String FAULT = "No valid host was found";

    private NoValidHost() {}

    /** {@code reason}, followed by the explanation when it applies to {@code resource}. */
    static String explain(ProvisioningPlan plan, PlannedResource resource, String reason) {
        return hint(plan, resource, reason).map(h -> reason + ". " + h).orElse(reason);
    }

    static Optional<String> hint(ProvisioningPlan plan, PlannedResource resource, String reason) {
        if (reason == null || !reason.contains(FAULT) || resource.kind() != ResourceKind.SERVER
                || !(resource.attributes() instanceof ResourceAttributes.Server server)
                || server.serverGroupKey() == null) {
            return Optional.empty();
        }
        Optional<String> policy = plan.resource(server.serverGroupKey()).map(PlannedResource::attributes)
                .filter(ResourceAttributes.ServerGroup.class::isInstance)
                .map(a -> ((ResourceAttributes.ServerGroup) a).policy());
        if (!policy.equals(Optional.of(ServerGroupPolicy.ANTI_AFFINITY.value()))) {
            return Optional.empty();
        }
        long members = plan.ofKind(ResourceKind.SERVER).stream()
                .map(PlannedResource::attributes)
                .filter(a -> a instanceof ResourceAttributes.Server s
                        && server.serverGroupKey().equals(s.serverGroupKey()))
                .count();
        String zone = server.availabilityZone() == null || server.availabilityZone().isBlank() ? ""
                : " in availability zone " + server.availabilityZone();
        String group = plan.resource(server.serverGroupKey()).map(PlannedResource::name).orElse("the server group");
        return Optional.of("The control plane's server group " + group + " uses hard anti-affinity: each of the "
                + members + " control-plane nodes needs a compute host of its own, and Nova found none left for this"
                + " one, so the cloud has fewer compute hosts available to this project" + zone + " than "
                + members + " control-plane nodes. To install anyway, set "
                + ConfigField.CONTROL_PLANE_SERVER_GROUP_POLICY.path() + ": "
                + ServerGroupPolicy.SOFT_ANTI_AFFINITY.value() + " (wizard: Cluster page, Control-plane placement),"
                + " which spreads the nodes over the hosts there are and lets two share a host, or lower "
                + ConfigField.CONTROL_PLANE_COUNT.path() + lower(members) + "; then run the install again (the"
                + " server group is made anew with the new policy)");
    }

    /** The next valid control-plane count down (etcd wants an odd number). */
    private static String lower(long members) {
        return members > 3 ? " to 3" : members > 1 ? " to 1" : "";
    }
}
