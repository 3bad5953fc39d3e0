package io.opencenter.installer.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Neutron details over raw HTTP: tags API status codes, filters, fields, in-use conflicts, policy errors. */
class SandboxNetworkTest {
    private SandboxCloud cloud;
    private RawClient raw;

    @BeforeEach
    void start() {
        cloud = SandboxCloud.start();
        raw = new RawClient(cloud).login();
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    private String create(String collection, String body) {
        HttpResponse<String> r = raw.call("POST", "/networking/v2.0/" + collection, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return RawClient.json(r).elements().next().path("id").asText();
    }

    @Test
    void tagsApiStatusCodesAndFilters() {
        String a = create("networks", "{\"network\":{\"name\":\"a\"}}");
        String b = create("networks", "{\"network\":{\"name\":\"b\"}}");
        assertThat(raw.call("PUT", "/networking/v2.0/networks/" + a + "/tags/k8s", null).statusCode()).isEqualTo(201);
        assertThat(raw.call("GET", "/networking/v2.0/networks/" + a + "/tags/k8s", null).statusCode()).isEqualTo(204);
        HttpResponse<String> missing = raw.call("GET", "/networking/v2.0/networks/" + a + "/tags/nope", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(RawClient.json(missing).path("NeutronError").path("type").asText()).isEqualTo("TagNotFound");
        HttpResponse<String> replaced = raw.call("PUT", "/networking/v2.0/networks/" + b + "/tags",
                "{\"tags\":[\"k8s\",\"blue\"]}");
        assertThat(RawClient.json(replaced).path("tags").toString()).isEqualTo("[\"k8s\",\"blue\"]");

        assertThat(ids("/networking/v2.0/networks?tags=k8s")).containsExactlyInAnyOrder(a, b);
        assertThat(ids("/networking/v2.0/networks?tags=k8s,blue")).containsExactly(b);
        assertThat(ids("/networking/v2.0/networks?tags-any=blue,none")).containsExactly(b);
        assertThat(ids("/networking/v2.0/networks?not-tags=blue&name=a")).containsExactly(a);
        assertThat(ids("/networking/v2.0/networks?router:external=True")).hasSize(1).doesNotContain(a, b);
        JsonNode fields = RawClient.json(raw.call("GET", "/networking/v2.0/networks?name=a&fields=id", null));
        assertThat(fields.path("networks").get(0).size()).isEqualTo(1);

        assertThat(raw.call("DELETE", "/networking/v2.0/networks/" + b + "/tags", null).statusCode()).isEqualTo(204);
        assertThat(ids("/networking/v2.0/networks?tags=k8s")).containsExactly(a);
    }

    @Test
    void portsAllocateFromTheSubnetAndBlockDeletes() {
        String net = create("networks", "{\"network\":{\"name\":\"n\"}}");
        String subnet = create("subnets", "{\"subnet\":{\"network_id\":\"" + net + "\",\"ip_version\":4,"
                + "\"cidr\":\"192.168.10.0/24\"}}");
        JsonNode sub = RawClient.json(raw.call("GET", "/networking/v2.0/subnets/" + subnet, null)).path("subnet");
        assertThat(sub.path("gateway_ip").asText()).isEqualTo("192.168.10.1");
        assertThat(sub.path("allocation_pools").get(0).path("start").asText()).isEqualTo("192.168.10.2");
        String port = create("ports", "{\"port\":{\"network_id\":\"" + net + "\",\"fixed_ips\":[{\"subnet_id\":\""
                + subnet + "\",\"ip_address\":\"192.168.10.50\"}]}}");
        HttpResponse<String> clash = raw.call("POST", "/networking/v2.0/ports", "{\"port\":{\"network_id\":\"" + net
                + "\",\"fixed_ips\":[{\"ip_address\":\"192.168.10.50\"}]}}");
        assertThat(clash.statusCode()).isEqualTo(409);
        assertThat(RawClient.json(clash).path("NeutronError").path("type").asText())
                .isEqualTo("IpAddressAlreadyAllocated");
        assertThat(ids("/networking/v2.0/ports?network_id=" + net)).containsExactly(port);

        HttpResponse<String> inUse = raw.call("DELETE", "/networking/v2.0/subnets/" + subnet, null);
        assertThat(inUse.statusCode()).isEqualTo(409);
        assertThat(RawClient.json(inUse).path("NeutronError").path("type").asText()).isEqualTo("SubnetInUse");
        HttpResponse<String> netInUse = raw.call("DELETE", "/networking/v2.0/networks/" + net, null);
        assertThat(RawClient.json(netInUse).path("NeutronError").path("message").asText())
                .endsWith("id for these ports is: " + port + ".");
        HttpResponse<String> pairs = raw.call("PUT", "/networking/v2.0/ports/" + port,
                "{\"port\":{\"allowed_address_pairs\":[{\"ip_address\":\"192.168.10.5\"}]}}");
        JsonNode updated = RawClient.json(pairs).path("port");
        assertThat(updated.path("allowed_address_pairs").get(0).path("mac_address").asText())
                .isEqualTo(updated.path("mac_address").asText());
        assertThat(updated.path("revision_number").asInt()).isEqualTo(2);
    }

    @Test
    void externalNetworksArePolicyProtectedAndRoutersNeedThem() {
        HttpResponse<String> ext = raw.call("POST", "/networking/v2.0/networks",
                "{\"network\":{\"name\":\"x\",\"router:external\":true}}");
        assertThat(ext.statusCode()).isEqualTo(403);
        assertThat(RawClient.json(ext).path("NeutronError").path("message").asText())
                .isEqualTo("(rule:create_network and rule:create_network:router:external) is disallowed by policy");
        String internal = create("networks", "{\"network\":{\"name\":\"i\"}}");
        HttpResponse<String> router = raw.call("POST", "/networking/v2.0/routers",
                "{\"router\":{\"name\":\"r\",\"external_gateway_info\":{\"network_id\":\"" + internal + "\"}}}");
        assertThat(router.statusCode()).isEqualTo(400);
        HttpResponse<String> garbage = raw.call("POST", "/networking/v2.0/networks", "garbage");
        assertThat(RawClient.json(garbage).path("NeutronError").path("message").asText())
                .isEqualTo("Body contains invalid data");
    }

    private java.util.List<String> ids(String path) {
        JsonNode body = RawClient.json(raw.call("GET", path, null));
        return body.elements().next().findValuesAsText("id");
    }
}
