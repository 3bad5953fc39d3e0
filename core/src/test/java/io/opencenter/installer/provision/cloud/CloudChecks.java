package io.opencenter.installer.provision.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.opencenter.installer.openstack.client.Openstack4jGateway;
import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceNames;
import org.openstack4j.model.compute.Server;
import org.openstack4j.model.network.IP;
import org.openstack4j.model.network.Port;
import org.openstack4j.model.storage.block.Volume;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Looks at the cloud through the gateway alone (openstack4j and plain JSON), not through the adapter under test,
 * to check that what it made is what the plan asked for, and that nothing of a cluster is left after a destroy.
 */
final class CloudChecks {

    private final Openstack4jGateway direct;
    private final ProvisioningPlan plan;
    private final Map<String, String> ids;

    CloudChecks(Openstack4jGateway direct, ProvisioningPlan plan, Map<String, String> ids) {
        this.direct = direct;
        this.plan = plan;
        this.ids = ids;
    }

    void serversBootAsPlanned() {
        for (PlannedResource r : plan.ofKind(ResourceKind.SERVER)) {
            ResourceAttributes.Server a = (ResourceAttributes.Server) r.attributes();
            Server s = direct.withClient("compute", "show server", c -> c.compute().servers().get(ids.get(r.key())));
            assertThat(s.getMetadata()).containsEntry(ResourceNames.CLUSTER_TAG_KEY, plan.cluster());
            assertThat(s.getKeyName()).isEqualTo(ids.get(PlanBuilder.KEYPAIR));
            List<String> serverPorts = direct.ports(null).stream().filter(p -> s.getId().equals(p.deviceId()))
                    .map(p -> p.id()).toList();
            assertThat(serverPorts).as("%s boots on its own port only", r.name()).containsExactly(ids.get(a.portKey()));
            if (a.volumeKey() != null) {
                Volume v = direct.withClient("volume", "show volume",
                        c -> c.blockStorage().volumes().get(ids.get(a.volumeKey())));
                assertThat(v.getAttachments()).extracting(x -> x.getServerId()).containsExactly(s.getId());
                assertThat(v.getMetaData()).containsEntry(ResourceNames.CLUSTER_TAG_KEY, plan.cluster());
            }
            if (a.serverGroupKey() != null) {
                List<String> members = direct.withClient("compute", "show server group",
                        c -> c.compute().serverGroups().get(ids.get(a.serverGroupKey())).getMembers());
                assertThat(members).contains(s.getId());
            }
        }
    }

    void portsAndFloatingIpAsPlanned() {
        for (PlannedResource r : plan.ofKind(ResourceKind.PORT)) {
            ResourceAttributes.Port a = (ResourceAttributes.Port) r.attributes();
            Port p = direct.withClient("network", "show port", c -> c.networking().port().get(ids.get(r.key())));
            assertThat(p.getName()).isEqualTo(r.name());
            assertThat(p.getFixedIps()).extracting(IP::getSubnetId).containsExactly(ids.get(a.subnetKey()));
            if (a.fixedIp() != null) {
                assertThat(p.getFixedIps()).extracting(IP::getIpAddress).containsExactly(a.fixedIp());
            }
            assertThat(p.getAllowedAddressPairs() == null ? List.of() : p.getAllowedAddressPairs().stream()
                    .map(x -> x.getIpAddress()).toList()).containsExactlyInAnyOrderElementsOf(a.allowedAddressPairs());
            assertThat(p.getSecurityGroups()).containsExactlyInAnyOrderElementsOf(
                    a.securityGroupKeys().stream().map(ids::get).toList());
            assertThat(tagsOf("ports", p.getId())).contains(ResourceNames.neutronTag(plan.cluster()));
        }
        PlannedResource fip = plan.resource(PlanBuilder.FLOATING_IP).orElseThrow();
        JsonNode f = direct.getJson("network", "show floating IP", "/floatingips/" + ids.get(fip.key()))
                .path("floatingip");
        assertThat(f.path("description").asText()).isEqualTo(fip.name());
        assertThat(f.path("port_id").asText()).isEqualTo(ids.get(PlanBuilder.VIP_PORT));
        assertThat(tagsOf("floatingips", ids.get(fip.key()))).contains(ResourceNames.neutronTag(plan.cluster()));
    }

    void networkAsPlanned() {
        ResourceAttributes.Subnet a = (ResourceAttributes.Subnet) plan.resource(PlanBuilder.SUBNET).orElseThrow()
                .attributes();
        JsonNode subnet = direct.getJson("network", "show subnet", "/subnets/" + ids.get(PlanBuilder.SUBNET))
                .path("subnet");
        assertThat(subnet.path("cidr").asText()).isEqualTo(a.cidr());
        assertThat(subnet.path("ip_version").asInt()).isEqualTo(4);
        assertThat(subnet.path("network_id").asText()).isEqualTo(ids.get(PlanBuilder.NETWORK));
        List<String> dns = new ArrayList<>();
        subnet.path("dns_nameservers").forEach(d -> dns.add(d.asText()));
        assertThat(dns).containsExactlyElementsOf(a.dnsNameservers());
        String external = direct.externalNetworks().stream().filter(n -> n.name().equals("public")).findFirst()
                .orElseThrow().id();
        JsonNode router = direct.getJson("network", "show router", "/routers/" + ids.get(PlanBuilder.ROUTER))
                .path("router");
        assertThat(router.path("external_gateway_info").path("network_id").asText()).isEqualTo(external);
        for (String collection : List.of("networks", "subnets", "routers", "security-groups")) {
            JsonNode all = direct.getJson("network", "list " + collection, "/" + collection + "?tags="
                    + ResourceNames.neutronTag(plan.cluster()));
            assertThat(all.path(collection.replace('-', '_')).size()).as(collection).isPositive();
        }
    }

    void rulesDescribedByPlannedNames() {
        Set<String> described = new HashSet<>();
        for (String group : List.of(PlanBuilder.SECGROUP_CONTROL_PLANE, PlanBuilder.SECGROUP_WORKERS)) {
            JsonNode rules = direct.getJson("network", "list rules", "/security-group-rules?security_group_id="
                    + ids.get(group));
            rules.path("security_group_rules").forEach(x -> {
                if (!x.path("description").asText("").isEmpty()) {
                    described.add(x.path("description").asText());
                }
            });
        }
        assertThat(described).containsExactlyInAnyOrderElementsOf(
                plan.ofKind(ResourceKind.SECURITY_GROUP_RULE).stream().map(PlannedResource::name).toList());
    }

    /** Nothing with the cluster's name prefix or tag in any service, asked without the adapter. */
    void nothingLeftOf(String cluster) {
        String prefix = cluster + "-";
        String tag = ResourceNames.neutronTag(cluster);
        for (String collection : List.of("networks", "subnets", "routers", "security-groups", "ports")) {
            JsonNode all = direct.getJson("network", "list " + collection, "/" + collection);
            all.path(collection.replace('-', '_')).forEach(o -> {
                assertThat(o.path("name").asText()).as(collection).doesNotStartWith(prefix);
                assertThat(o.path("tags").toString()).as(collection).doesNotContain(tag);
            });
        }
        direct.getJson("network", "list floating IPs", "/floatingips").path("floatingips").forEach(f ->
                assertThat(f.path("description").asText("")).doesNotStartWith(prefix));
        List<? extends Server> servers = direct.withClient("compute", "list servers", c -> c.compute().servers()
                .list(true));
        assertThat(servers).noneMatch(s -> s.getName().startsWith(prefix)
                || cluster.equals(s.getMetadata().get(ResourceNames.CLUSTER_TAG_KEY)));
        List<? extends Volume> volumes = direct.withClient("volume", "list volumes",
                c -> c.blockStorage().volumes().list());
        assertThat(volumes).noneMatch(v -> (v.getName() != null && v.getName().startsWith(prefix))
                || (v.getMetaData() != null && cluster.equals(v.getMetaData().get(ResourceNames.CLUSTER_TAG_KEY))));
        List<String> groups = direct.withClient("compute", "list server groups", c -> c.compute().serverGroups()
                .list().stream().map(g -> g.getName()).toList());
        assertThat(groups).noneMatch(g -> g.startsWith(prefix));
        assertThat(direct.keyPairs()).noneMatch(k -> k.startsWith(prefix));
    }

    private List<String> tagsOf(String collection, String id) {
        List<String> tags = new ArrayList<>();
        direct.getJson("network", "show tags", "/" + collection + "/" + id + "/tags").path("tags")
                .forEach(t -> tags.add(t.asText()));
        return tags;
    }
}
