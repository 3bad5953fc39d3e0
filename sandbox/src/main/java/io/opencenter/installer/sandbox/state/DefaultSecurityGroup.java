package io.opencenter.installer.sandbox.state;

import io.opencenter.installer.sandbox.state.NetworkModel.Rule;
import io.opencenter.installer.sandbox.state.NetworkModel.SecurityGroup;

/**
 * Neutron gives every project a security group {@code default}: all egress, and ingress from members of the
 * same group, for IPv4 and IPv6. It counts against the project's quotas like any other.
 */
public final class DefaultSecurityGroup {
    private DefaultSecurityGroup() {
    }

    public static SecurityGroup ensure(CloudState s, String projectId, long now) {
        for (SecurityGroup g : s.securityGroups.values()) {
            if (g.projectId.equals(projectId) && g.name.equals("default")) {
                return g;
            }
        }
        SecurityGroup g = new SecurityGroup();
        g.id = SandboxContext.uuid();
        g.name = "default";
        g.description = "Default security group";
        g.projectId = projectId;
        g.createdAt = now;
        g.updatedAt = now;
        g.revision = 1;
        s.securityGroups.put(g.id, g);
        for (String ethertype : new String[]{"IPv4", "IPv6"}) {
            rule(s, g, "egress", ethertype, null, now);
            rule(s, g, "ingress", ethertype, g.id, now);
        }
        return g;
    }

    private static void rule(CloudState s, SecurityGroup g, String direction, String ethertype, String remoteGroup,
                             long now) {
        Rule r = new Rule();
        r.id = SandboxContext.uuid();
        r.groupId = g.id;
        r.projectId = g.projectId;
        r.direction = direction;
        r.ethertype = ethertype;
        r.remoteGroupId = remoteGroup;
        r.createdAt = now;
        r.updatedAt = now;
        s.rules.put(r.id, r);
    }
}
