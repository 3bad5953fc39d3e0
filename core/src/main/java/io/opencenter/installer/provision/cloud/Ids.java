package io.opencenter.installer.provision.cloud;

import io.opencenter.installer.provision.PlannedResource;

import java.util.Map;

/** Cloud ids of a resource's dependencies, as the executor hands them over. */
final class Ids {

    private Ids() {
    }

    /** The id of {@code key}; a missing one is a bug in the caller (it must create dependencies first). */
    static String require(Map<String, String> ids, String key, PlannedResource resource) {
        String id = key == null ? null : ids.get(key);
        if (id == null || id.isBlank()) {
            throw new IllegalStateException("no cloud id for '" + key + "', which " + resource.key() + " ("
                    + resource.name() + ") depends on");
        }
        return id;
    }

    /** The id of {@code key}, or null when the resource does not use one ({@code key} null). */
    static String optional(Map<String, String> ids, String key, PlannedResource resource) {
        return key == null ? null : require(ids, key, resource);
    }
}
