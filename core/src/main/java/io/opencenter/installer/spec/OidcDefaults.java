package io.opencenter.installer.spec;

import io.opencenter.installer.spec.ClusterSpec.Oidc;
import java.util.List;
import java.util.Optional;

/**
 * The OIDC issuer the cluster's API server trusts: {@code spec.platform.oidc} when the config sets an issuer,
 * otherwise the cluster's own Keycloak (cluster-config.md: "default: the cluster's own Keycloak"), and none when
 * Keycloak is disabled and no issuer is given.
 *
 * <p>The config has no DNS domain, so the cluster's own Keycloak is addressed by IP: the Gateway that serves it
 * takes the <em>first</em> address of {@code spec.network.metallbPool} (the GitOps tree must pin the Gateway's
 * Service to that address for this issuer to match), under the realm {@value #REALM}.
 */
public final class OidcDefaults {
    /** The client id the API server accepts tokens for when the config names none. */
    public static final String CLIENT_ID = "kubernetes";
    /** The Keycloak realm the platform creates for the cluster's users. */
    public static final String REALM = "opencenter";
    /** The catalog id of Keycloak; listed in {@code spec.platform.disabled}, there is no own issuer. */
    static final String KEYCLOAK = "keycloak";

    private OidcDefaults() {}

    /**
     * The issuer and client id the API server is started with, or empty when the cluster has no OIDC issuer (no
     * {@code oidc.issuerUrl} and Keycloak disabled, or no MetalLB pool to place it on).
     */
    public static Optional<Oidc> effective(ClusterSpec spec) {
        Oidc given = spec.platform() == null ? null : spec.platform().oidc();
        String clientId = given != null && given.clientId() != null && !given.clientId().isBlank()
                ? given.clientId() : CLIENT_ID;
        if (given != null && given.issuerUrl() != null && !given.issuerUrl().isBlank()) {
            return Optional.of(new Oidc(given.issuerUrl(), clientId));
        }
        return clusterKeycloakIssuer(spec).map(issuer -> new Oidc(issuer, clientId));
    }

    /** {@code https://<first metallbPool address>/realms/opencenter}, or empty when Keycloak is disabled. */
    public static Optional<String> clusterKeycloakIssuer(ClusterSpec spec) {
        List<String> disabled = spec.platform() == null || spec.platform().disabled() == null ? List.of()
                : spec.platform().disabled();
        if (disabled.contains(KEYCLOAK) || spec.network() == null || spec.network().metallbPool() == null) {
            return Optional.empty();
        }
        Ipv4 gateway = AddressRange.parse(spec.network().metallbPool()).start();
        return Optional.of("https://" + gateway + "/realms/" + REALM);
    }
}
