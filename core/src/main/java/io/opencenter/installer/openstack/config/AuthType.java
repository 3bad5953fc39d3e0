package io.opencenter.installer.openstack.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The clouds.yaml {@code auth_type} values the installer understands, with keystoneauth's v3 aliases. */
public enum AuthType {
    PASSWORD("password", "v3password"),
    APPLICATION_CREDENTIAL("v3applicationcredential"),
    TOKEN("token", "v3token");

    private final String yamlName;
    private final List<String> aliases;

    AuthType(String yamlName, String... aliases) {
        this.yamlName = yamlName;
        this.aliases = List.of(aliases);
    }

    /** The name written to clouds.yaml. */
    public String yamlName() {
        return yamlName;
    }

    public static Optional<AuthType> fromYaml(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(v) || t.aliases.contains(v)).findFirst();
    }

    /** For messages: {@code password (or v3password), v3applicationcredential, token (or v3token)}. */
    public static String supportedList() {
        return Arrays.stream(values())
                .map(t -> t.aliases.isEmpty() ? t.yamlName : t.yamlName + " (or " + String.join(", ", t.aliases) + ")")
                .collect(Collectors.joining(", "));
    }
}
