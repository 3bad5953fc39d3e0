package io.opencenter.installer.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Nova details: microversions, key pairs, server groups, image minimums, forced ERROR, volume attach rules. */
class SandboxComputeTest {
    private final ManualClock clock = new ManualClock();
    private SandboxCloud cloud;
    private RawClient raw;

    @BeforeEach
    void start() {
        cloud = SandboxCloud.start(SandboxOptions.builder().clock(clock).build());
        raw = new RawClient(cloud).login();
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    private HttpResponse<String> withVersion(String method, String path, String body, String version) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + cloud.port() + path))
                    .header("X-Auth-Token", raw.token()).header("OpenStack-API-Version", "compute " + version)
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void keyPairStatusCodesFollowTheMicroversion() {
        String key = "{\"keypair\":{\"name\":\"k1\"}}";
        HttpResponse<String> old = raw.call("POST", "/compute/v2.1/os-keypairs", key);
        assertThat(old.statusCode()).isEqualTo(200);
        assertThat(RawClient.json(old).path("keypair").path("private_key").asText()).startsWith("-----BEGIN");
        assertThat(RawClient.json(old).path("keypair").has("type")).isFalse();
        HttpResponse<String> dup = raw.call("POST", "/compute/v2.1/os-keypairs", key);
        assertThat(dup.statusCode()).isEqualTo(409);
        HttpResponse<String> newer = withVersion("POST", "/compute/v2.1/os-keypairs",
                "{\"keypair\":{\"name\":\"k2\"}}", "2.2");
        assertThat(newer.statusCode()).isEqualTo(201);
        assertThat(newer.headers().firstValue("OpenStack-API-Version")).contains("compute 2.2");
        assertThat(withVersion("DELETE", "/compute/v2.1/os-keypairs/k2", null, "2.2").statusCode()).isEqualTo(204);
        assertThat(raw.call("DELETE", "/compute/v2.1/os-keypairs/k1", null).statusCode()).isEqualTo(202);
        assertThat(RawClient.json(raw.call("GET", "/compute/v2.1/os-keypairs/k1", null))
                .path("itemNotFound").path("message").asText()).startsWith("Keypair k1 not found for user ");
    }

    @Test
    void serverGroupViewChangesAt264() {
        JsonNode old = RawClient.json(raw.call("POST", "/compute/v2.1/os-server-groups",
                "{\"server_group\":{\"name\":\"g\",\"policies\":[\"anti-affinity\"]}}")).path("server_group");
        assertThat(old.path("policies").get(0).asText()).isEqualTo("anti-affinity");
        assertThat(old.has("metadata")).isTrue();
        JsonNode newer = RawClient.json(withVersion("POST", "/compute/v2.1/os-server-groups",
                "{\"server_group\":{\"name\":\"h\",\"policy\":\"affinity\"}}", "2.64")).path("server_group");
        assertThat(newer.path("policy").asText()).isEqualTo("affinity");
        assertThat(newer.has("rules")).isTrue();
        assertThat(newer.has("policies")).isFalse();
        assertThat(raw.call("POST", "/compute/v2.1/os-server-groups",
                "{\"server_group\":{\"name\":\"x\",\"policies\":[\"spread\"]}}").statusCode()).isEqualTo(400);
    }

    @Test
    void forcedServerFaultEndsInError() {
        JsonNode images = RawClient.json(raw.call("GET", "/image/v2/images?name=ubuntu-24.04", null));
        String ubuntu = images.path("images").get(0).path("id").asText();
        cloud.quotas().set("ram", 1_000_000);
        HttpResponse<String> ok = raw.call("POST", "/compute/v2.1/servers", "{\"server\":{\"name\":\"s\","
                + "\"flavorRef\":\"2\",\"imageRef\":\"" + ubuntu + "\"}}");
        assertThat(ok.statusCode()).isEqualTo(202);
        assertThat(ok.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/servers/"));

        cloud.behaviour().serverFault("Exceeded maximum number of retries.");
        String failing = RawClient.json(raw.call("POST", "/compute/v2.1/servers", "{\"server\":{\"name\":\"f\","
                + "\"flavorRef\":\"2\",\"imageRef\":\"" + ubuntu + "\"}}")).path("server").path("id").asText();
        clock.advance(Duration.ofSeconds(5));
        JsonNode server = RawClient.json(raw.call("GET", "/compute/v2.1/servers/" + failing, null)).path("server");
        assertThat(server.path("status").asText()).isEqualTo("ERROR");
        assertThat(server.path("fault").path("message").asText()).isEqualTo("Exceeded maximum number of retries.");
        assertThat(server.has("progress")).isFalse();
    }

    @Test
    void attachingAVolumeThatIsNotAvailableIs400() {
        String image = RawClient.json(raw.call("GET", "/image/v2/images?name=debian-12", null))
                .path("images").get(0).path("id").asText();
        String server = RawClient.json(raw.call("POST", "/compute/v2.1/servers", "{\"server\":{\"name\":\"s\","
                + "\"flavorRef\":\"2\",\"imageRef\":\"" + image + "\"}}")).path("server").path("id").asText();
        String volume = RawClient.json(raw.call("POST", "/volume/v3/{p}/volumes", "{\"volume\":{\"size\":1}}"))
                .path("volume").path("id").asText();
        clock.advance(Duration.ofSeconds(5));
        String attach = "{\"volumeAttachment\":{\"volumeId\":\"" + volume + "\"}}";
        HttpResponse<String> first = raw.call("POST", "/compute/v2.1/servers/" + server + "/os-volume_attachments",
                attach);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(RawClient.json(first).path("volumeAttachment").path("device").asText()).isEqualTo("/dev/vdb");
        HttpResponse<String> again = raw.call("POST", "/compute/v2.1/servers/" + server + "/os-volume_attachments",
                attach);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(RawClient.json(again).path("badRequest").path("message").asText())
                .isEqualTo("Invalid volume: volume " + volume + " is already attached to instances: " + server);
        assertThat(raw.call("DELETE", "/compute/v2.1/servers/" + server + "/os-volume_attachments/" + volume, null)
                .statusCode()).isEqualTo(202);
        assertThat(RawClient.json(raw.call("GET", "/volume/v3/{p}/volumes/" + volume, null)).path("volume")
                .path("status").asText()).isEqualTo("available");
    }

    @Test
    void unsupportedMicroversionIs406() {
        assertThat(withVersion("GET", "/compute/v2.1/flavors", null, "2.999").statusCode()).isEqualTo(406);
    }
}
