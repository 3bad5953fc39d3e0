package io.opencenter.installer.spec;

import java.util.List;
import java.util.Optional;

/** The Kubernetes versions this installer can install (oldest first). */
public final class SupportedVersions {
    public static final List<String> KUBERNETES = List.of("1.32.4", "1.33.5", "1.34.3", "1.35.4");

    /** What the wizard proposes for a new cluster: the openCenter GitOps base's default (opencenter-reference.md). */
    public static final String DEFAULT_KUBERNETES = "1.35.4";

    private SupportedVersions() {}

    public static boolean isSupported(String version) {
        return KUBERNETES.contains(version);
    }

    /** A supported version the user probably meant: "v1.33.5" → 1.33.5, "1.33" or "1.33.2" → 1.33.5. */
    public static Optional<String> closest(String version) {
        if (version == null) {
            return Optional.empty();
        }
        String v = version.strip();
        if (v.startsWith("v") || v.startsWith("V")) {
            v = v.substring(1);
        }
        if (isSupported(v)) {
            return Optional.of(v);
        }
        String[] parts = v.split("\\.");
        if (parts.length < 2) {
            return Optional.empty();
        }
        String minor = parts[0] + "." + parts[1] + ".";
        return KUBERNETES.stream().filter(k -> k.startsWith(minor)).findFirst();
    }
}
