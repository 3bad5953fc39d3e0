package io.opencenter.installer.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Quota limits of the demo project, by each service's own resource name (Nova {@code instances}, {@code cores},
 * {@code ram}, {@code key_pairs}, {@code server_groups}, {@code server_group_members}; Neutron {@code network},
 * {@code subnet}, {@code port}, {@code router}, {@code floatingip}, {@code security_group},
 * {@code security_group_rule}; Cinder {@code volumes}, {@code gigabytes}, {@code snapshots}, {@code backups}).
 * -1 means unlimited. Changeable while the sandbox runs.
 */
public final class SandboxQuotas {
    private final Map<String, Long> limits = new LinkedHashMap<>();

    SandboxQuotas(Map<String, Long> overrides) {
        limits.putAll(defaults());
        limits.putAll(overrides);
    }

    /** Generous: a full installer footprint with headroom. */
    public static Map<String, Long> defaults() {
        Map<String, Long> d = new LinkedHashMap<>();
        d.put("instances", 50L);
        d.put("cores", 200L);
        d.put("ram", 512_000L);
        d.put("metadata_items", 128L);
        d.put("key_pairs", 100L);
        d.put("server_groups", 10L);
        d.put("server_group_members", 20L);
        d.put("injected_files", 5L);
        d.put("injected_file_content_bytes", 10_240L);
        d.put("injected_file_path_bytes", 255L);
        d.put("network", 100L);
        d.put("subnet", 100L);
        d.put("subnetpool", -1L);
        d.put("port", 500L);
        d.put("router", 10L);
        d.put("floatingip", 50L);
        d.put("rbac_policy", 10L);
        d.put("security_group", 20L);
        d.put("security_group_rule", 200L);
        d.put("volumes", 50L);
        d.put("gigabytes", 5000L);
        d.put("snapshots", 50L);
        d.put("backups", 10L);
        d.put("backup_gigabytes", 1000L);
        d.put("per_volume_gigabytes", -1L);
        d.put("groups", 10L);
        return d;
    }

    public synchronized SandboxQuotas set(String resource, long limit) {
        limits.put(resource, limit);
        return this;
    }

    public synchronized long limit(String resource) {
        return limits.getOrDefault(resource, -1L);
    }

    /** True when {@code used + requested} stays within the limit. */
    public synchronized boolean allows(String resource, long used, long requested) {
        long limit = limit(resource);
        return limit < 0 || used + requested <= limit;
    }
}
