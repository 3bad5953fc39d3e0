package io.opencenter.installer.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nova's create and delete as a provisioner meets them: boot from a mapped volume, user data, and ports passed in
 * by the caller, which outlive the server (only ports Nova made itself go with it).
 */
class SandboxBootTest {
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

    @Test
    void aBootVolumeIsHeldByTheServerAndFreedWhenItGoes() {
        String volume = volume();
        String server = boot("{\"name\":\"n1\",\"flavorRef\":\"2\",\"block_device_mapping_v2\":[{\"uuid\":\"" + volume
                + "\",\"source_type\":\"volume\",\"destination_type\":\"volume\",\"boot_index\":0,"
                + "\"delete_on_termination\":false}]}");
        JsonNode v = RawClient.json(raw.call("GET", "/volume/v3/{p}/volumes/" + volume, null)).path("volume");
        assertThat(v.path("status").asText()).isEqualTo("in-use");
        assertThat(v.path("attachments").get(0).path("server_id").asText()).isEqualTo(server);
        assertThat(v.path("attachments").get(0).path("device").asText()).isEqualTo("/dev/vda");

        String again = "{\"server\":{\"name\":\"n2\",\"flavorRef\":\"2\",\"block_device_mapping_v2\":[{\"uuid\":\""
                + volume + "\",\"source_type\":\"volume\",\"destination_type\":\"volume\",\"boot_index\":0}]}}";
        HttpResponse<String> refused = raw.call("POST", "/compute/v2.1/servers", again);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("status must be 'available'");

        assertThat(raw.call("DELETE", "/compute/v2.1/servers/" + server, null).statusCode()).isEqualTo(204);
        assertThat(RawClient.json(raw.call("GET", "/volume/v3/{p}/volumes/" + volume, null)).path("volume")
                .path("status").asText()).isEqualTo("available");
    }

    @Test
    void deleteOnTerminationTakesTheVolumeAlong() {
        String volume = volume();
        String server = boot("{\"name\":\"n1\",\"flavorRef\":\"2\",\"block_device_mapping_v2\":[{\"uuid\":\"" + volume
                + "\",\"source_type\":\"volume\",\"destination_type\":\"volume\",\"boot_index\":0,"
                + "\"delete_on_termination\":true}]}");
        raw.call("DELETE", "/compute/v2.1/servers/" + server, null);
        assertThat(raw.call("GET", "/volume/v3/{p}/volumes/" + volume, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aPortPassedInOutlivesTheServerWithItsFloatingIp() {
        String net = id(raw.call("POST", "/networking/v2.0/networks", "{\"network\":{\"name\":\"n\"}}"), "network");
        String subnet = id(raw.call("POST", "/networking/v2.0/subnets", "{\"subnet\":{\"network_id\":\"" + net
                + "\",\"cidr\":\"10.9.0.0/24\",\"ip_version\":4}}"), "subnet");
        String port = id(raw.call("POST", "/networking/v2.0/ports", "{\"port\":{\"network_id\":\"" + net
                + "\",\"name\":\"mine\"}}"), "port");
        String server = boot("{\"name\":\"n1\",\"flavorRef\":\"2\",\"imageRef\":\"" + image()
                + "\",\"networks\":[{\"port\":\"" + port + "\"},{\"uuid\":\"" + net + "\"}]}");
        JsonNode ports = RawClient.json(raw.call("GET", "/networking/v2.0/ports?device_id=" + server, null));
        assertThat(ports.path("ports")).hasSize(2);

        raw.call("DELETE", "/compute/v2.1/servers/" + server, null);
        JsonNode left = RawClient.json(raw.call("GET", "/networking/v2.0/ports?network_id=" + net, null))
                .path("ports");
        assertThat(left).hasSize(1);
        assertThat(left.get(0).path("id").asText()).isEqualTo(port);
        assertThat(left.get(0).path("device_id").asText()).isEmpty();
        assertThat(subnet).isNotEmpty();
    }

    @Test
    void userDataMustBeBase64() {
        String bad = "{\"server\":{\"name\":\"n1\",\"flavorRef\":\"2\",\"imageRef\":\"" + image()
                + "\",\"user_data\":\"#cloud-config not encoded!\"}}";
        HttpResponse<String> refused = raw.call("POST", "/compute/v2.1/servers", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("User data needs to be valid base 64.");
        String encoded = Base64.getEncoder().encodeToString("#cloud-config\n".getBytes());
        boot("{\"name\":\"n1\",\"flavorRef\":\"2\",\"imageRef\":\"" + image() + "\",\"user_data\":\"" + encoded
                + "\"}");
    }

    private String volume() {
        String volume = id(raw.call("POST", "/volume/v3/{p}/volumes", "{\"volume\":{\"size\":10,\"imageRef\":\""
                + image() + "\"}}"), "volume");
        clock.advance(Duration.ofSeconds(5));
        return volume;
    }

    private String boot(String server) {
        HttpResponse<String> r = raw.call("POST", "/compute/v2.1/servers", "{\"server\":" + server + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        clock.advance(Duration.ofSeconds(5));
        return RawClient.json(r).path("server").path("id").asText();
    }

    private String image() {
        return RawClient.json(raw.call("GET", "/image/v2/images?name=ubuntu-24.04", null)).path("images").get(0)
                .path("id").asText();
    }

    private static String id(HttpResponse<String> r, String member) {
        assertThat(r.statusCode()).as(r.body()).isIn(201, 202);
        return RawClient.json(r).path(member).path("id").asText();
    }
}
