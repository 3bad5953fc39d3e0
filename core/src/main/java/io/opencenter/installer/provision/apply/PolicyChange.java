package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceAttributes;
import java.util.Optional;

/**
 * A server group found with another policy than the plan's: the config changed after an earlier run (typically to
 * soft-anti-affinity after Nova found no host for a node). Nova cannot change a group's policy, so apply does not
 * adopt such a group but deletes it and makes it again; servers already in the old group keep running.
 */
final class PolicyChange {
    private PolicyChange() {}

    /** Why {@code found} cannot stand for {@code planned}, or empty when it can (or its policy is not known). */
    static Optional<String> of(PlannedResource planned, CloudObject found) {
        if (!(planned.attributes() instanceof ResourceAttributes.ServerGroup group)
                || found.detail().isEmpty() || found.detail().equals(group.policy())) {
            return Optional.empty();
        }
        return Optional.of("policy " + found.detail() + " where the config asks for " + group.policy());
    }
}
