package io.opencenter.installer.sandbox.network;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.state.NetworkModel.Rule;
import io.opencenter.installer.sandbox.state.NetworkModel.SecurityGroup;
import io.opencenter.installer.sandbox.state.SandboxContext;

import java.util.Map;

/** Neutron security groups; a new group gets Neutron's two default egress rules. */
final class SecurityGroups extends BaseResource<SecurityGroup> {
    private final SecurityGroupRules rules;

    SecurityGroups(SandboxContext ctx, SecurityGroupRules rules) {
        super(ctx);
        this.rules = rules;
    }

    @Override
    public String collection() {
        return "security-groups";
    }

    @Override
    public String singular() {
        return "security_group";
    }

    @Override
    public String kind() {
        return "Security group";
    }

    @Override
    public String quota() {
        return "security_group";
    }

    @Override
    public Map<String, SecurityGroup> items() {
        return state().securityGroups;
    }

    @Override
    public void render(SecurityGroup g, ObjectNode o) {
        o.put("stateful", g.stateful).put("description", g.description).put("shared", false);
        ArrayNode list = o.putArray("security_group_rules");
        state().rules.values().stream().filter(r -> r.groupId.equals(g.id))
                .forEach(r -> list.add(NeutronView.render(rules, r, state())));
    }

    @Override
    public SecurityGroup create(ObjectNode body, Caller caller) {
        SecurityGroup g = init(new SecurityGroup(), body, caller);
        if (g.name.equals("default")) {
            throw ApiError.neutron(409, "SecurityGroupDefaultAlreadyExists", "Default security group already "
                    + "exists.");
        }
        g.stateful = body.path("stateful").asBoolean(true);
        for (String ethertype : new String[]{"IPv4", "IPv6"}) {
            Rule r = new Rule();
            r.id = SandboxContext.uuid();
            r.groupId = g.id;
            r.projectId = g.projectId;
            r.direction = "egress";
            r.ethertype = ethertype;
            r.createdAt = g.createdAt;
            r.updatedAt = g.createdAt;
            r.revision = 0;
            state().rules.put(r.id, r);
        }
        return g;
    }

    @Override
    public void update(SecurityGroup g, ObjectNode body, Caller caller) {
        updateCommon(g, body);
    }

    @Override
    public void delete(SecurityGroup g, Caller caller) {
        if (g.name.equals("default")) {
            throw ApiError.neutron(409, "SecurityGroupCannotRemoveDefault", "Insufficient rights for removing "
                    + "default security group.");
        }
        boolean inUse = state().ports.values().stream().anyMatch(p -> p.securityGroups.contains(g.id));
        if (inUse) {
            throw ApiError.neutron(409, "SecurityGroupInUse", "Security Group " + g.id + " in use.");
        }
        state().rules.values().removeIf(r -> r.groupId.equals(g.id));
        state().securityGroups.remove(g.id);
    }
}
