package io.opencenter.installer.openstack.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code OS_*} variables of an openrc file as a cloud entry named {@code envvars}, the way openstacksdk
 * builds it: {@code OS_FOO_BAR} is the key {@code foo_bar}, auth keys go under {@code auth:}.
 */
final class EnvVarsCloud {
    static final String NAME = "envvars";
    static final String SOURCE = "environment (OS_* variables)";

    private static final Set<String> ENTRY_KEYS = Set.of("auth_type", "region_name", "interface", "endpoint_type",
            "cacert", "insecure", "verify");

    private EnvVarsCloud() {}

    /** The entry, when {@code OS_AUTH_URL} is set; without it the variables do not describe a cloud. */
    static Optional<Map<String, Object>> entry(ConfigLocations locations) {
        if (locations.getenv("OS_AUTH_URL").isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> auth = new LinkedHashMap<>();
        Map<String, Object> entry = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : locations.env().entrySet()) {
            if (!e.getKey().startsWith("OS_") || e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            String key = e.getKey().substring(3).toLowerCase(Locale.ROOT);
            if (CloudEntry.AUTH_KEYS.contains(key)) {
                auth.put(key, e.getValue());
            } else if (ENTRY_KEYS.contains(key)) {
                entry.put(key, e.getValue());
            }
        }
        entry.put("auth", auth);
        return Optional.of(entry);
    }
}
