package io.opencenter.installer.spec;

import static io.opencenter.installer.spec.ConfigField.DISABLED;
import static io.opencenter.installer.spec.ConfigField.GIT_PATH;
import static io.opencenter.installer.spec.ConfigField.GIT_REPO;
import static io.opencenter.installer.spec.ConfigField.KUBERNETES_VERSION;
import static io.opencenter.installer.spec.ConfigField.OIDC_ISSUER;
import static io.opencenter.installer.spec.ConfigField.PLATFORM;
import static io.opencenter.installer.spec.ConfigField.PROFILE;

import io.opencenter.installer.spec.ClusterSpec.GitOps;
import io.opencenter.installer.spec.ClusterSpec.Oidc;
import io.opencenter.installer.spec.ClusterSpec.Platform;
import io.opencenter.installer.workspace.UrlCredentials;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What gets installed: {@code kubernetes.version} and {@code platform} (profile, services, OIDC, GitOps). */
final class PlatformRules {
    static final List<String> PROFILES = List.of("openstack", "generic");

    private final KnownServices services;
    private final Findings f;

    PlatformRules(KnownServices services, Findings f) {
        this.services = services;
        this.f = f;
    }

    void check(ClusterSpec spec) {
        if (spec.kubernetes() != null) {
            version(spec.kubernetes().version());
        }
        Platform platform = spec.platform();
        if (!f.require(PLATFORM, platform, "add platform: with profile: openstack")) {
            return;
        }
        profile(platform.profile());
        disabled(platform.disabled());
        oidc(platform.oidc());
        gitops(platform.gitops());
    }

    private void version(String version) {
        String supported = String.join(", ", SupportedVersions.KUBERNETES);
        if (f.require(KUBERNETES_VERSION, version, "use one of " + supported)
                && !SupportedVersions.isSupported(version)) {
            f.error(KUBERNETES_VERSION, "Kubernetes version " + Findings.quote(version) + " is not supported",
                    SupportedVersions.closest(version).map(v -> "did you mean " + v + "? ").orElse("")
                    + "supported: " + supported
                    + " (quote it: version: \"" + SupportedVersions.DEFAULT_KUBERNETES + "\")");
        }
    }

    private void profile(String profile) {
        if (f.require(PROFILE, profile, "use openstack, or generic for pre-provisioned nodes")
                && !PROFILES.contains(profile)) {
            f.error(PROFILE, "profile " + Findings.quote(profile) + " is not openstack or generic",
                    DidYouMean.closest(profile, PROFILES).map(p -> "did you mean " + p + "? ").orElse("")
                    + "openstack: nodes on OpenStack; generic: pre-provisioned nodes (Longhorn, no cloud controller)");
        }
    }

    private void disabled(List<String> ids) {
        if (ids == null) {
            return;
        }
        Set<String> optional = new TreeSet<>(services.optional());
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String path = DISABLED.at(i);
            if (id == null || id.isBlank()) {
                f.error(path, Findings.lastSegment(path) + " is empty",
                        "name an optional service, or remove the entry");
            } else if (services.required().contains(id)) {
                f.error(path, id + " is a required service and cannot be disabled",
                        "remove " + id + " from disabled; optional services: " + String.join(", ", optional));
            } else if (!services.exists(id)) {
                Set<String> all = new TreeSet<>(services.required());
                all.addAll(optional);
                f.error(path, "there is no service " + Findings.quote(id) + " in the catalog",
                        DidYouMean.closest(id, all).map(s -> "did you mean " + s + "? ").orElse("")
                        + "optional services: " + String.join(", ", optional));
            }
        }
    }

    private void oidc(Oidc oidc) {
        if (oidc == null || oidc.issuerUrl() == null) {
            return;
        }
        // The API server refuses a non-https issuer, so catch it here rather than in a failed rollout.
        if (!isHttpsUrl(oidc.issuerUrl())) {
            f.error(OIDC_ISSUER, "issuerUrl " + Findings.quote(UrlCredentials.masked(oidc.issuerUrl()))
                    + " is not an https:// URL", "use e.g. https://keycloak.example.com/realms/opencenter, or remove"
                    + " it to use the cluster's own Keycloak");
        }
    }

    private static boolean isHttpsUrl(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** gitops is optional: without it the installer keeps the cluster's GitOps repository in its workspace. */
    private void gitops(GitOps gitops) {
        if (gitops == null) {
            return;
        }
        String url = gitops.repoUrl();
        if (f.require(GIT_REPO, url, "use e.g. " + RepoUrls.EXAMPLES)) {
            if (!RepoUrls.isValid(url)) {
                f.error(GIT_REPO, "repoUrl " + Findings.quote(UrlCredentials.masked(url)) + " is not a git or oci URL",
                        "use e.g. " + RepoUrls.EXAMPLES);
            } else if (UrlCredentials.present(url)) {
                f.warning(GIT_REPO, "repoUrl " + Findings.quote(UrlCredentials.masked(url)) + " holds credentials "
                        + "before the host; the installer's copies of the config and its support bundle leave them "
                        + "out", "credentials belong in secure.yaml, OS_* variables or a token file, not in URLs: "
                        + "use " + UrlCredentials.strip(url));
            }
        }
        String path = gitops.path();
        if (path != null && (path.startsWith("/") || List.of(path.split("/")).contains(".."))) {
            f.error(GIT_PATH, "gitops.path " + Findings.quote(path)
                    + " leaves the repository", "use a path relative to the repository root, e.g. clusters/prod-east");
        }
    }
}
