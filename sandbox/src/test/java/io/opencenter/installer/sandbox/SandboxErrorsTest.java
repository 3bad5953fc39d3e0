package io.opencenter.installer.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Status codes, headers and error bodies per service. The expected bodies are what Zed's Nova 26, Neutron 21,
 * Cinder 21 and Glance 25 sent on 127.0.0.1 for the same calls (demo project with small quotas).
 */
class SandboxErrorsTest {
    private SandboxCloud cloud;
    private RawClient raw;

    @BeforeEach
    void start() {
        cloud = SandboxCloud.start(SandboxOptions.builder().quota("instances", 1).quota("network", 1)
                .quota("gigabytes", 20).quota("volumes", 3).build());
        raw = new RawClient(cloud).login();
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    @Test
    void novaNotFoundAndMicroversionHeaders() {
        HttpResponse<String> r = raw.call("GET", "/compute/v2.1/flavors/99", null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).isEqualTo("{\"itemNotFound\":{\"code\":404,\"message\":\"Flavor 99 could not be found.\"}}");
        assertThat(r.headers().firstValue("OpenStack-API-Version")).contains("compute 2.1");
        assertThat(r.headers().firstValue("X-OpenStack-Nova-API-Version")).contains("2.1");
        assertThat(r.headers().firstValue("x-openstack-request-id")).hasValueSatisfying(v ->
                assertThat(v).startsWith("req-"));
    }

    @Test
    void novaServerWithoutImageOrBlockDeviceIs400() {
        HttpResponse<String> r = raw.call("POST", "/compute/v2.1/servers",
                "{\"server\":{\"name\":\"x\",\"flavorRef\":\"2\"}}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(RawClient.json(r).path("badRequest").path("message").asText())
                .isEqualTo("Missing imageRef attribute");
    }

    @Test
    void novaQuotaExceededIs403WithNovasMessage() {
        String image = RawClient.json(raw.call("GET", "/image/v2/images?name=debian-12", null))
                .path("images").get(0).path("id").asText();
        String body = "{\"server\":{\"name\":\"q\",\"flavorRef\":\"2\",\"imageRef\":\"" + image + "\"}}";
        assertThat(raw.call("POST", "/compute/v2.1/servers", body).statusCode()).isEqualTo(202);
        HttpResponse<String> r = raw.call("POST", "/compute/v2.1/servers", body);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(RawClient.json(r).path("forbidden").path("message").asText())
                .isEqualTo("Quota exceeded for instances: Requested 1, but already used 1 of 1 instances");
        JsonNode limits = RawClient.json(raw.call("GET", "/compute/v2.1/limits", null)).path("limits").path("absolute");
        assertThat(limits.path("maxTotalInstances").asInt()).isEqualTo(1);
        assertThat(limits.path("totalInstancesUsed").asInt()).isEqualTo(1);
        JsonNode detail = RawClient.json(raw.call("GET", "/compute/v2.1/os-quota-sets/{p}/detail", null));
        assertThat(detail.path("quota_set").path("instances").path("in_use").asInt()).isEqualTo(1);
        assertThat(detail.path("quota_set").path("cores").path("in_use").asInt()).isEqualTo(1);
    }

    @Test
    void neutronOverQuotaIs409AndNotFoundNamesTheType() {
        assertThat(raw.call("POST", "/networking/v2.0/networks", "{\"network\":{\"name\":\"a\"}}").statusCode())
                .isEqualTo(201);
        HttpResponse<String> r = raw.call("POST", "/networking/v2.0/networks", "{\"network\":{\"name\":\"b\"}}");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).isEqualTo("{\"NeutronError\":{\"type\":\"OverQuota\",\"message\":\"Quota exceeded for "
                + "resources: ['network'].\",\"detail\":\"\"}}");
        HttpResponse<String> missing = raw.call("GET", "/networking/v2.0/networks/nope", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("{\"NeutronError\":{\"type\":\"NetworkNotFound\",\"message\":\"Network "
                + "nope could not be found.\",\"detail\":\"\"}}");
        JsonNode details = RawClient.json(raw.call("GET", "/networking/v2.0/quotas/{p}/details.json", null));
        assertThat(details.path("quota").path("network").path("used").asInt()).isEqualTo(1);
        assertThat(details.path("quota").path("network").path("limit").asInt()).isEqualTo(1);
        assertThat(details.path("quota").path("security_group").path("used").asInt()).isEqualTo(1);
    }

    @Test
    void cinderOverQuotaIs413WithRetryAfter() {
        HttpResponse<String> r = raw.call("POST", "/volume/v3/{p}/volumes", "{\"volume\":{\"size\":25}}");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Retry-After")).contains("0");
        assertThat(r.body()).isEqualTo("{\"overLimit\":{\"code\":413,\"message\":\"VolumeSizeExceedsAvailableQuota: "
                + "Requested volume or snapshot exceeds allowed gigabytes quota. Requested 25G, quota is 20G and 0G "
                + "has been consumed.\",\"retryAfter\":\"0\"}}");
        assertThat(r.headers().firstValue("OpenStack-API-Version")).contains("volume 3.0");
        HttpResponse<String> missing = raw.call("GET", "/volume/v3/{p}/volumes/nope", null);
        assertThat(missing.body()).isEqualTo("{\"itemNotFound\":{\"code\":404,\"message\":\"Volume nope could not "
                + "be found.\"}}");
    }

    @Test
    void glanceNotFoundIsHtmlAndPagesHaveNext() {
        HttpResponse<String> r = raw.call("GET", "/image/v2/images/nope", null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).contains("text/html; charset=UTF-8");
        assertThat(r.body()).contains("<title>404 Not Found</title>").contains("No image found with ID nope");
        JsonNode first = RawClient.json(raw.call("GET", "/image/v2/images?limit=2", null));
        assertThat(first.path("images")).hasSize(2);
        String next = first.path("next").asText();
        assertThat(next).startsWith("/v2/images?limit=2&marker=");
        JsonNode second = RawClient.json(raw.call("GET", "/image" + next, null));
        assertThat(second.path("images")).hasSize(1);
        assertThat(second.path("images").get(0).path("min_disk").isInt()).isTrue();
    }

    @Test
    void unknownPathsAnswerInEachServicesShape() {
        assertThat(RawClient.json(raw.call("GET", "/networking/v2.0/bogus", null)).path("NeutronError")
                .path("type").asText()).isEqualTo("HTTPNotFound");
        assertThat(RawClient.json(raw.call("GET", "/compute/v2.1/bogus", null)).has("itemNotFound")).isTrue();
        HttpResponse<String> keystone = raw.call("GET", "/identity/v3/bogus", null);
        assertThat(keystone.statusCode()).isEqualTo(404);
        assertThat(keystone.body()).contains("<title>404 Not Found</title>");
    }
}
