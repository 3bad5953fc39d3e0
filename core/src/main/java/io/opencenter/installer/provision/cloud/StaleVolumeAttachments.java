package io.opencenter.installer.provision.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Cinder attachments held for servers that no longer exist. When a server is deleted while it is still building,
 * Nova's API can delete it before its compute host has finished reserving the boot volume; the volume then stays
 * {@code reserved} for a server that is gone, and Cinder refuses to delete it (seen on the Zed harness in CI). The
 * project member may delete such an attachment through Cinder's attachments API (microversion 3.27), which makes the
 * volume available again. Attachments of servers Nova still knows are never touched: those servers are on their way
 * out and let go themselves.
 */
final class StaleVolumeAttachments {

    /** The first Cinder microversion with the attachments API. */
    static final String ATTACHMENTS_API = "3.27";

    private static final Logger LOG = LoggerFactory.getLogger(StaleVolumeAttachments.class);

    private final CloudCalls calls;

    StaleVolumeAttachments(CloudCalls calls) {
        this.calls = calls;
    }

    /**
     * Deletes the attachments of {@code volumeId} whose server Nova answers 404 for; returns how many. A cloud without
     * the attachments API (older than 3.27) answers 404 to the listing, and nothing is released.
     */
    int release(String volumeId) {
        Optional<JsonNode> listed = calls.atMicroversion("volume", ATTACHMENTS_API, "list volume attachments", "GET",
                "/attachments?volume_id=" + volumeId);
        int released = 0;
        for (JsonNode attachment : listed.map(l -> l.path("attachments")).orElse(MissingNode.getInstance())) {
            String server = attachment.path("instance").asText("");
            // The filter is checked again: a cloud that ignored it would list every volume's attachments.
            if (!volumeId.equals(attachment.path("volume_id").asText()) || server.isEmpty() || serverExists(server)) {
                continue;
            }
            String id = attachment.path("id").asText();
            calls.atMicroversion("volume", ATTACHMENTS_API, "delete volume attachment", "DELETE", "/attachments/" + id);
            LOG.info("volume {}: deleted attachment {} ({}) held for server {}, which no longer exists", volumeId, id,
                    attachment.path("status").asText(), server);
            released++;
        }
        return released;
    }

    private boolean serverExists(String serverId) {
        return calls.find("compute", "show server", c -> c.compute().servers().get(serverId)).isPresent();
    }
}
