package io.opencenter.installer.provision.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.CloudObject.Origin;
import io.opencenter.installer.provision.CloudObject.State;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.provision.ResourceKind;
import org.openstack4j.api.Builders;
import org.openstack4j.model.network.builder.NetSecurityGroupRuleBuilder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Ingress rules of the cluster's security groups. Zed has no tags on rules: a rule is ours when it sits in one of
 * the cluster's groups and its description is a planned name ({@code <cluster>-secgroup-rule-<n>}). The egress
 * rules Neutron adds to every new group have no description and are left alone (they go with the group).
 */
final class SecurityGroupRuleObjects implements KindAdapter {

    private final CloudCalls calls;
    private final NeutronObjects groups;

    SecurityGroupRuleObjects(CloudCalls calls, NeutronObjects groups) {
        this.calls = calls;
        this.groups = groups;
    }

    @Override
    public List<CloudObject> list(String cluster) {
        List<CloudObject> found = new ArrayList<>();
        for (JsonNode rule : rulesIn(groups.list(cluster).stream().map(CloudObject::id).toList())) {
            String description = NeutronJson.text(rule, "description");
            if (Ownership.namedFor(description, cluster)) {
                found.add(object(NeutronJson.text(rule, "id"), description));
            }
        }
        return found;
    }

    @Override
    public CloudObject create(PlannedResource resource, Map<String, String> ids) {
        ResourceAttributes.SecurityGroupRule a = (ResourceAttributes.SecurityGroupRule) resource.attributes();
        String group = Ids.require(ids, a.securityGroupKey(), resource);
        NetSecurityGroupRuleBuilder b = Builders.securityGroupRule().securityGroupId(group).direction("ingress")
                .ethertype("IPv4").description(resource.name());
        if (a.protocol() != null) {
            b.protocol(a.protocol());
        }
        if (a.portMin() != null) {
            b.portRangeMin(a.portMin());
        }
        if (a.portMax() != null) {
            b.portRangeMax(a.portMax());
        }
        if (a.remoteGroupKey() != null) {
            b.remoteGroupId(Ids.require(ids, a.remoteGroupKey(), resource));
        } else {
            b.remoteIpPrefix(a.remoteCidr());
        }
        try {
            String id = calls.create("network", "create security group rule",
                    c -> c.networking().securityrule().create(b.build())).getId();
            return object(id, resource.name());
        } catch (OpenStackException e) {
            if (e.kind() != Kind.CONFLICT) {
                throw e;
            }
            // The same rule exists without our description (made by hand, or before descriptions were set):
            // it already does what the plan wants, so it is taken as is.
            return same(group, b.build()).map(id -> object(id, resource.name())).orElseThrow(() -> e);
        }
    }

    @Override
    public Optional<CloudObject> get(CloudObject object) {
        return calls.findJson("network", "show security group rule", "/security-group-rules/" + object.id())
                .map(answer -> object(object.id(), object.name()));
    }

    @Override
    public CloudObject ensureTagged(CloudObject object, String cluster) {
        return object.asTagged();
    }

    @Override
    public void delete(CloudObject object) {
        // openstack4j's rule delete returns nothing and hides failures, so the DELETE is sent directly.
        calls.deleteJson("network", "delete security group rule", "/security-group-rules/" + object.id());
    }

    private List<JsonNode> rulesIn(List<String> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        StringBuilder query = new StringBuilder("/security-group-rules?");
        for (String id : groupIds) {
            query.append("security_group_id=").append(URLEncoder.encode(id, StandardCharsets.UTF_8)).append('&');
        }
        JsonNode answer = calls.json("network", "list security group rules", query.substring(0, query.length() - 1));
        List<JsonNode> rules = new ArrayList<>();
        answer.path("security_group_rules").forEach(rules::add);
        return rules;
    }

    private Optional<String> same(String group, org.openstack4j.model.network.SecurityGroupRule wanted) {
        for (JsonNode r : rulesIn(List.of(group))) {
            if ("ingress".equals(NeutronJson.text(r, "direction"))
                    && Objects.equals(blankToNull(NeutronJson.text(r, "protocol")), wanted.getProtocol())
                    && Objects.equals(intOrNull(r, "port_range_min"), wanted.getPortRangeMin())
                    && Objects.equals(intOrNull(r, "port_range_max"), wanted.getPortRangeMax())
                    && Objects.equals(blankToNull(NeutronJson.text(r, "remote_ip_prefix")), wanted.getRemoteIpPrefix())
                    && Objects.equals(blankToNull(NeutronJson.text(r, "remote_group_id")), wanted.getRemoteGroupId())) {
                return Optional.of(NeutronJson.text(r, "id"));
            }
        }
        return Optional.empty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Integer intOrNull(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static CloudObject object(String id, String name) {
        return new CloudObject(ResourceKind.SECURITY_GROUP_RULE, id, name, State.READY, "", true, Origin.INSTALLER);
    }
}
