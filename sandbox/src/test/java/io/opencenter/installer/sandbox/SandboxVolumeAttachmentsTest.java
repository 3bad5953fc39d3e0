package io.opencenter.installer.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cinder's attachments API as the Zed harness answers it (compared by hand with curl): only from microversion
 * 3.27, a reservation without connector leaves the volume {@code reserved} (and out of the volume's own
 * {@code attachments}), such a volume refuses deletion until the attachment is deleted, and the answers' bodies,
 * codes and messages.
 */
class SandboxVolumeAttachmentsTest {
    private static final Map<String, String> V3_27 = Map.of("OpenStack-API-Version", "volume 3.27");

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
    void theApiExistsFromMicroversion327AndAnswersWithTheVersionAsked() {
        HttpResponse<String> old = raw.call("GET", "/volume/v3/{p}/attachments", null);
        assertThat(old.statusCode()).isEqualTo(404);
        assertThat(old.headers().firstValue("OpenStack-API-Version")).hasValue("volume 3.0");
        assertThat(old.body()).contains("The resource could not be found.");

        HttpResponse<String> listed = raw.call("GET", "/volume/v3/{p}/attachments", null, V3_27);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.headers().firstValue("OpenStack-API-Version")).hasValue("volume 3.27");
        assertThat(RawClient.json(listed).path("attachments").isArray()).isTrue();

        HttpResponse<String> latest = raw.call("GET", "/volume/v3/{p}/attachments", null,
                Map.of("OpenStack-API-Version", "volume latest"));
        assertThat(latest.headers().firstValue("OpenStack-API-Version")).hasValue("volume 3.70");

        HttpResponse<String> tooNew = raw.call("GET", "/volume/v3/{p}/attachments", null,
                Map.of("OpenStack-API-Version", "volume 3.99"));
        assertThat(tooNew.statusCode()).isEqualTo(406);
        assertThat(tooNew.headers().firstValue("OpenStack-API-Version")).hasValue("volume 3.99");
        assertThat(tooNew.body()).contains("Version 3.99 is not supported by the API. Minimum is 3.0 and maximum "
                + "is 3.70.");
    }

    @Test
    void aReservedVolumeRefusesDeletionUntilItsAttachmentIsDeleted() {
        String volume = volume();
        String server = UUID.randomUUID().toString();
        HttpResponse<String> reserved = reserve(volume, server);
        assertThat(reserved.statusCode()).as(reserved.body()).isEqualTo(200);
        JsonNode attachment = RawClient.json(reserved).path("attachment");
        assertThat(attachment.path("status").asText()).isEqualTo("reserved");
        assertThat(attachment.path("instance").asText()).isEqualTo(server);
        assertThat(attachment.path("volume_id").asText()).isEqualTo(volume);
        String id = attachment.path("id").asText();

        JsonNode shown = RawClient.json(raw.call("GET", "/volume/v3/{p}/volumes/" + volume, null)).path("volume");
        assertThat(shown.path("status").asText()).isEqualTo("reserved");
        assertThat(shown.path("attachments")).as("a reservation is not an attachment of the volume").isEmpty();
        JsonNode listed = RawClient.json(raw.call("GET", "/volume/v3/{p}/attachments?volume_id=" + volume, null,
                V3_27)).path("attachments");
        assertThat(listed).singleElement().satisfies(a -> {
            assertThat(a.path("id").asText()).isEqualTo(id);
            assertThat(a.path("status").asText()).isEqualTo("reserved");
        });
        assertThat(RawClient.json(raw.call("GET", "/volume/v3/{p}/attachments?volume_id=" + UUID.randomUUID(), null,
                V3_27)).path("attachments")).isEmpty();

        HttpResponse<String> again = reserve(volume, UUID.randomUUID().toString());
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("Invalid volume: Volume " + volume + " status must be available or "
                + "downloading to reserve, but the current status is reserved.");
        HttpResponse<String> refused = raw.call("DELETE", "/volume/v3/{p}/volumes/" + volume, null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Volume status must be available or error");

        HttpResponse<String> released = raw.call("DELETE", "/volume/v3/{p}/attachments/" + id, null, V3_27);
        assertThat(released.statusCode()).isEqualTo(200);
        assertThat(RawClient.json(released).path("attachments")).isEmpty();
        HttpResponse<String> twice = raw.call("DELETE", "/volume/v3/{p}/attachments/" + id, null, V3_27);
        assertThat(twice.statusCode()).isEqualTo(404);
        assertThat(twice.body()).contains("Volume attachment could not be found with filter: attachment_id = " + id
                + ".");

        assertThat(RawClient.json(raw.call("GET", "/volume/v3/{p}/volumes/" + volume, null)).path("volume")
                .path("status").asText()).isEqualTo("available");
        assertThat(raw.call("DELETE", "/volume/v3/{p}/volumes/" + volume, null).statusCode()).isEqualTo(202);
    }

    @Test
    void aReservationNeedsAVolumeOfTheProjectAndAServerUuid() {
        HttpResponse<String> noVolume = raw.call("POST", "/volume/v3/{p}/attachments",
                "{\"attachment\":{\"instance_uuid\":\"" + UUID.randomUUID() + "\"}}", V3_27);
        assertThat(noVolume.statusCode()).isEqualTo(400);
        assertThat(noVolume.body()).contains("'volume_uuid' is a required property");

        HttpResponse<String> notAUuid = reserve(volume(), "n1");
        assertThat(notAUuid.statusCode()).isEqualTo(400);
        assertThat(notAUuid.body()).contains("Invalid input for field/attribute instance_uuid. Value: n1. 'n1' is not "
                + "a 'uuid'");

        String missing = UUID.randomUUID().toString();
        HttpResponse<String> unknown = reserve(missing, UUID.randomUUID().toString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Volume " + missing + " could not be found.");
    }

    @Test
    void aReservationSurvivesARestartAndOlderStateFilesReadAsAttached(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sandbox-state.json");
        SandboxOptions options = SandboxOptions.builder().stateFile(file).clock(clock).build();
        String volume;
        try (SandboxCloud first = SandboxCloud.start(options)) {
            RawClient client = new RawClient(first).login();
            volume = RawClient.json(client.call("POST", "/volume/v3/{p}/volumes", "{\"volume\":{\"size\":1}}"))
                    .path("volume").path("id").asText();
            clock.advance(Duration.ofSeconds(5));
            assertThat(client.call("POST", "/volume/v3/{p}/attachments", "{\"attachment\":{\"volume_uuid\":\""
                    + volume + "\",\"instance_uuid\":\"" + UUID.randomUUID() + "\"}}", V3_27).statusCode())
                    .isEqualTo(200);
        }
        assertThat(statusAfterRestart(options, volume)).isEqualTo("reserved");

        // A state file from before reservations existed has no "reserved" flag: its attachments are attached.
        Files.writeString(file, Files.readString(file).replaceAll(",?\\s*\"reserved\"\\s*:\\s*true", ""));
        assertThat(statusAfterRestart(options, volume)).isEqualTo("in-use");
    }

    private static String statusAfterRestart(SandboxOptions options, String volume) {
        try (SandboxCloud again = SandboxCloud.start(options)) {
            return RawClient.json(new RawClient(again).login().call("GET", "/volume/v3/{p}/volumes/" + volume, null))
                    .path("volume").path("status").asText();
        }
    }

    private HttpResponse<String> reserve(String volume, String server) {
        return raw.call("POST", "/volume/v3/{p}/attachments", "{\"attachment\":{\"volume_uuid\":\"" + volume
                + "\",\"instance_uuid\":\"" + server + "\"}}", V3_27);
    }

    private String volume() {
        HttpResponse<String> r = raw.call("POST", "/volume/v3/{p}/volumes", "{\"volume\":{\"size\":1}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        clock.advance(Duration.ofSeconds(5));
        return RawClient.json(r).path("volume").path("id").asText();
    }
}
