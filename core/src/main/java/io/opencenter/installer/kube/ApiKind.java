package io.opencenter.installer.kube;

import java.util.Objects;

/**
 * A kind as the API server names it: group ("" for the core group), version and kind, e.g. {@code apps/v1
 * Deployment}. The plural resource name is not part of it: the client asks the server (discovery), so that a CRD's
 * kinds work the same as the built-in ones.
 */
public record ApiKind(String group, String version, String kind) {

    public ApiKind {
        group = group == null ? "" : group;
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        if (version.isBlank() || kind.isBlank() || version.contains("/")) {
            throw new IllegalArgumentException("not a kind: group=" + group + " version=" + version + " kind=" + kind);
        }
    }

    /** From a manifest's {@code apiVersion} ("v1", "apps/v1") and {@code kind}. */
    public static ApiKind of(String apiVersion, String kind) {
        Objects.requireNonNull(apiVersion, "apiVersion");
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? new ApiKind("", apiVersion, kind)
                : new ApiKind(apiVersion.substring(0, slash), apiVersion.substring(slash + 1), kind);
    }

    /** The {@code apiVersion} field: "v1" for the core group, "group/version" otherwise. */
    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    @Override
    public String toString() {
        return kind + " (" + apiVersion() + ")";
    }
}
