package io.opencenter.installer.sandbox.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Cinder's volumes; status derived from time and attachments (creating → available → in-use). */
public final class VolumeModel {
    private VolumeModel() {
    }

    public record Attachment(String attachmentId, String serverId, String device, long attachedAt) {
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
            return attachments.isEmpty() ? "available" : "in-use";
        }
    }
}
