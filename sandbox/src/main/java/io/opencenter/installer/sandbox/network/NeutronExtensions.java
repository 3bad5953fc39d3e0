package io.opencenter.installer.sandbox.network;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.Json;

import java.util.Map;

/**
 * {@code GET /v2.0/extensions}: the subset of Zed's 70 extensions the sandbox actually implements, so clients
 * that probe for a feature (the openstack CLI does) find exactly what works.
 */
final class NeutronExtensions {
    private static final Map<String, String> IMPLEMENTED = new java.util.TreeMap<>(Map.ofEntries(
            Map.entry("allowed-address-pairs", "Allowed Address Pairs"),
            Map.entry("availability_zone", "Availability Zone"),
            Map.entry("external-net", "Neutron external network"),
            Map.entry("ext-gw-mode", "Neutron L3 Configurable external gateway mode"),
            Map.entry("fip-port-details", "Floating IP Port Details Extension"),
            Map.entry("net-mtu", "Network MTU"),
            Map.entry("port-security", "Port Security"),
            Map.entry("project-id", "project_id field enabled"),
            Map.entry("quota_details", "Quota details management support"),
            Map.entry("quotas", "Quota management support"),
            Map.entry("router", "Neutron L3 Router"),
            Map.entry("security-group", "security-group"),
            Map.entry("security-groups-normalized-cidr", "Security Group Rules Normalized CIDR"),
            Map.entry("standard-attr-description", "standard-attr-description"),
            Map.entry("standard-attr-revisions", "Resource revision numbers"),
            Map.entry("standard-attr-tag", "Tag support for resources with standard attribute: subnet, trunk, "
                    + "network_segment_range, router, network, policy, subnetpool, port, security_group, floatingip"),
            Map.entry("standard-attr-timestamp", "Resource timestamps"),
            Map.entry("stateful-security-group", "Stateful security group")));

    private NeutronExtensions() {
    }

    static ObjectNode list() {
        ObjectNode body = Json.obj();
        ArrayNode list = body.putArray("extensions");
        IMPLEMENTED.forEach((alias, name) -> {
            ObjectNode e = list.addObject().put("name", name).put("alias", alias).put("description", name)
                    .put("updated", "2013-01-01T10:00:00-00:00");
            e.putArray("links");
        });
        return body;
    }
}
