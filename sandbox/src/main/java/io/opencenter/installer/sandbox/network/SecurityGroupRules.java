package io.opencenter.installer.sandbox.network;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.state.NetworkModel.Rule;
import io.opencenter.installer.sandbox.state.NetworkModel.SecurityGroup;
import io.opencenter.installer.sandbox.state.SandboxContext;

import java.util.Map;
import java.util.Objects;

/** Neutron security group rules; a duplicate is a 409 that names the existing rule, as Neutron does. */
final class SecurityGroupRules extends BaseResource<Rule> {
    SecurityGroupRules(SandboxContext ctx) {
        super(ctx);
    }

    @Override
    public String collection() {
        return "security-group-rules";
    }

    @Override
    public String singular() {
        return "security_group_rule";
    }

    @Override
    public String kind() {
        return "Security group rule";
    }

    @Override
    public String quota() {
        return "security_group_rule";
    }

    @Override
    public Map<String, Rule> items() {
        return state().rules;
    }

    @Override
    public void render(Rule r, ObjectNode o) {
        o.remove("name");
        o.put("security_group_id", r.groupId).put("ethertype", r.ethertype).put("direction", r.direction)
                .put("protocol", r.protocol).put("port_range_min", r.portMin).put("port_range_max", r.portMax)
                .put("remote_ip_prefix", r.remoteIpPrefix).put("remote_group_id", r.remoteGroupId)
                .putNull("remote_address_group_id").put("normalized_cidr", normalized(r))
                .put("description", r.description.isEmpty() ? null : r.description);
    }

    @Override
    public Rule create(ObjectNode body, Caller caller) {
        String groupId = text(body, "security_group_id", null);
        SecurityGroup g = groupId == null ? null : state().securityGroups.get(groupId);
        if (g == null || !g.projectId.equals(caller.projectId())) {
            throw NeutronErrors.notFound("Security group", groupId);
        }
        String direction = text(body, "direction", null);
        if (!"ingress".equals(direction) && !"egress".equals(direction)) {
            throw NeutronErrors.badRequest("Invalid input for direction. Reason: " + direction
                    + " is not in valid_values.");
        }
        Rule candidate = new Rule();
        candidate.groupId = groupId;
        candidate.direction = direction;
        candidate.ethertype = text(body, "ethertype", "IPv4");
        candidate.protocol = text(body, "protocol", null);
        candidate.portMin = body.hasNonNull("port_range_min") ? body.get("port_range_min").asInt() : null;
        candidate.portMax = body.hasNonNull("port_range_max") ? body.get("port_range_max").asInt() : null;
        candidate.remoteIpPrefix = text(body, "remote_ip_prefix", null);
        candidate.remoteGroupId = text(body, "remote_group_id", null);
        if (candidate.portMin != null && candidate.portMax != null && candidate.portMin > candidate.portMax) {
            throw ApiError.neutron(400, "SecurityGroupInvalidPortRange", "For TCP/UDP protocols, "
                    + "port_range_min must be <= port_range_max");
        }
        for (Rule existing : state().rules.values()) {
            if (same(existing, candidate)) {
                throw ApiError.neutron(409, "SecurityGroupRuleExists", "Security group rule already exists. "
                        + "Rule id is " + existing.id + ".");
            }
        }
        Rule r = init(candidate, body, caller);
        r.name = "";
        return r;
    }

    @Override
    public void update(Rule r, ObjectNode body, Caller caller) {
        updateCommon(r, body);
    }

    @Override
    public void delete(Rule r, Caller caller) {
        state().rules.remove(r.id);
    }

    private static boolean same(Rule a, Rule b) {
        return a.groupId.equals(b.groupId) && a.direction.equals(b.direction)
                && Objects.equals(a.ethertype, b.ethertype) && Objects.equals(a.protocol, b.protocol)
                && Objects.equals(a.portMin, b.portMin) && Objects.equals(a.portMax, b.portMax)
                && Objects.equals(normalized(a), normalized(b)) && Objects.equals(a.remoteGroupId, b.remoteGroupId);
    }

    private static String normalized(Rule r) {
        return r.remoteIpPrefix;
    }
}
