package io.opencenter.installer.openstack.config;

import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.workspace.SecretValues;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Typed reads from one cloud entry with every problem collected as a {@link Finding} that names the cloud, the
 * key and the file. Values are never quoted in messages: they may be secrets.
 */
final class EntryReader {
    private final String cloud;
    private final String source;
    private final List<Finding> findings = new ArrayList<>();

    EntryReader(String cloud, String source) {
        this.cloud = cloud;
        this.source = source;
    }

    List<Finding> findings() {
        return findings;
    }

    boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** The finding path for a key of this cloud, e.g. {@code clouds.mycloud.auth.password}. */
    String path(String key) {
        return "clouds." + cloud + (key.isEmpty() ? "" : "." + key);
    }

    /** How the user wrote {@code key}: {@code auth.auth_url} in a file, {@code OS_AUTH_URL} in the environment. */
    String keyName(String key) {
        if (!EnvVarsCloud.SOURCE.equals(source)) {
            return key;
        }
        return "OS_" + key.substring(key.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
    }

    void error(String key, String message, String hint) {
        findings.add(Finding.error(path(key), prefix() + message, hint));
    }

    void warning(String key, String message, String hint) {
        findings.add(Finding.warning(path(key), prefix() + message, hint));
    }

    private String prefix() {
        return "cloud '" + cloud + "' (" + source + "): ";
    }

    /**
     * A text value; whole numbers become text (YAML reads {@code project_id: 1234} as a number), anything else
     * that is not text is an error, because guessing would change what the user wrote ({@code yes} → true).
     */
    String text(Map<?, ?> map, String key, String displayKey) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s.isBlank() ? null : s;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return value.toString();
        }
        error(displayKey, displayKey + " must be text, but is " + describe(value),
                "write it in quotes, e.g. " + key + ": \"...\"");
        return null;
    }

    /** Like {@link #text} but the result goes straight into a {@link Secret}; the value is not kept as a field. */
    Secret secret(Map<?, ?> map, String key, String displayKey) {
        String value = text(map, key, displayKey);
        SecretValues.remember(value);
        return value == null ? null : Secret.of(value);
    }

    /** true/false; the environment and older files also write "true", "1", "yes". Null when absent. */
    Boolean bool(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes", "on" -> { return true; }
                case "false", "0", "no", "off", "" -> { return false; }
                default -> { }
            }
        }
        error(key, key + " must be true or false, but is " + describe(value), "write " + key + ": true or "
                + key + ": false");
        return null;
    }

    /** A nested mapping such as {@code auth:}; an error when it is something else. */
    Map<?, ?> mapping(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        error(key, key + " must be a mapping (indented key: value lines), but is " + describe(value),
                "put the " + key + " keys on their own lines, indented under " + key + ":");
        return null;
    }

    /** What kind of value it is, never the value itself. */
    static String describe(Object value) {
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Boolean) {
            return "true/false";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof YamlFile.Binary) {
            return "binary data (!!binary)";
        }
        return "a " + value.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
}
