package io.opencenter.installer.gitops;

import java.net.URI;
import java.util.Objects;

/**
 * Where Flux fetches the charts and upstream manifests from.
 *
 * <ul>
 *   <li>{@link Kind#UPSTREAM}: every chart from the catalog's own {@code repository} ({@code https://} → a default
 *       HelmRepository, {@code oci://} → {@code type: oci}); upstream manifests (OLM, external-snapshotter) from
 *       their Git repositories at the pinned tag.</li>
 *   <li>{@link Kind#BUNDLE} / {@link Kind#LOCAL}: every chart from the one Helm repository {@code helmRepositoryUrl}
 *       (an http(s) index or {@code oci://registry/charts}); upstream manifests as OCI artifacts
 *       {@code <manifestRepositoryUrl>/<name>:<version>} holding the upstream tree at that tag (what
 *       {@code flux push artifact} makes of a checkout), so the Kustomizations use the same paths online and
 *       offline.</li>
 * </ul>
 *
 * @param manifestRepositoryUrl {@code oci://host[:port]/path} for BUNDLE/LOCAL; null there means
 *                              {@code oci://<host of helmRepositoryUrl>/manifests}. Ignored for UPSTREAM
 */
public record ChartSource(Kind kind, String helmRepositoryUrl, String manifestRepositoryUrl) {

    public enum Kind { UPSTREAM, BUNDLE, LOCAL }

    public ChartSource {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.UPSTREAM) {
            requireUrl(helmRepositoryUrl, "helmRepositoryUrl", "http://, https:// or oci://");
            if (manifestRepositoryUrl == null) {
                manifestRepositoryUrl = "oci://" + URI.create(helmRepositoryUrl).getRawAuthority() + "/manifests";
            }
            requireUrl(manifestRepositoryUrl, "manifestRepositoryUrl", "oci://");
            helmRepositoryUrl = trimSlash(helmRepositoryUrl);
            manifestRepositoryUrl = trimSlash(manifestRepositoryUrl);
        }
    }

    public ChartSource(Kind kind, String helmRepositoryUrl) {
        this(kind, helmRepositoryUrl, null);
    }

    /** Charts and manifests from where their projects publish them. */
    public static ChartSource upstream() {
        return new ChartSource(Kind.UPSTREAM, null, null);
    }

    private static void requireUrl(String url, String field, String schemes) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("chart source " + field + " is required for a bundle or local source");
        }
        String scheme = URI.create(url.strip()).getScheme();
        if (scheme == null || !schemes.contains(scheme + "://")) {
            throw new IllegalArgumentException("chart source " + field + " " + url + " must start with " + schemes);
        }
    }

    private static String trimSlash(String url) {
        String u = url.strip();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
