package io.opencenter.installer.sandbox.state;

import java.util.Map;

/** A Glance v2 image; {@code properties} are the free-form ones such as {@code os_distro}. */
public record ImageModel(String id, String name, String owner, String visibility, String diskFormat,
                         String containerFormat, int minDisk, int minRam, long size, long virtualSize,
                         String checksum, Map<String, String> properties, long createdAt) {
}
