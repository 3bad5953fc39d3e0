package io.opencenter.installer.sandbox.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cinder's volumes; status derived from time and attachments (creating → available → in-use, or reserved while the
 * only attachments are reservations that never completed).
 */
public final class VolumeModel {
    private VolumeModel() {
    }

    /**
     * A Cinder attachment: attached (Nova attached the volume) or only {@code reserved} (no connection yet). The
     * flag is false when absent, so state files written before it existed read as attached.
     */
    public record Attachment(String attachmentId, String serverId, String device, long attachedAt, boolean reserved) {

        /** An attachment Nova completed. */
        public Attachment(String attachmentId, String serverId, String device, long attachedAt) {
            this(attachmentId, serverId, device, attachedAt, false);
        }

        /** A reservation for {@code serverId}, as Cinder's {@code POST /attachments} without a connector makes. */
        public static Attachment reservation(String attachmentId, String serverId) {
            return new Attachment(attachmentId, serverId, null, 0, true);
        }

        public boolean attached() {
            return !reserved;
        }

        public String status() {
            return reserved ? "reserved" : "attached";
        }
    }

    public static final class Volume {
        public String id;
        public String name;
        public String description;
        public String projectId;
        public String userId;
        public int size;
        public String volumeType = "__DEFAULT__";
        public String imageId;
        public String availabilityZone = "nova";
        public Map<String, String> metadata = new LinkedHashMap<>();
        public List<Attachment> attachments = new ArrayList<>();
        public long createdAt;
        public long updatedAt;
        public long readyAt;
        public String fault;

        public String status(long now) {
            if (now < readyAt) {
                return "creating";
            }
            if (fault != null) {
                return "error";
            }
            if (attachments.stream().anyMatch(Attachment::attached)) {
                return "in-use";
            }
            return attachments.isEmpty() ? "available" : "reserved";
        }
    }
}
