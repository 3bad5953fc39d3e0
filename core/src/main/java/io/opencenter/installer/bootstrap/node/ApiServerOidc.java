package io.opencenter.installer.bootstrap.node;

import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.OidcDefaults;
import java.util.List;

/**
 * The API server's OIDC flags: the issuer and client from {@code spec.platform.oidc}, or the cluster's own Keycloak
 * ({@link OidcDefaults}); none when the cluster has no issuer.
 */
final class ApiServerOidc {
    /** Keycloak puts the login name here; {@code sub} would be an opaque id in every RBAC subject. */
    static final String USERNAME_CLAIM = "preferred_username";
    /** The claim RBAC Manager binds roles to (Keycloak's group mapper writes it). */
    static final String GROUPS_CLAIM = "groups";

    private ApiServerOidc() {}

    /** kubeadm extraArgs pairs: {@code oidc-issuer-url}, {@code oidc-client-id}, the two claims; or none. */
    static List<String[]> flags(ClusterSpec spec) {
        return OidcDefaults.effective(spec)
                .map(oidc -> List.of(
                        new String[] {"oidc-issuer-url", oidc.issuerUrl()},
                        new String[] {"oidc-client-id", oidc.clientId()},
                        new String[] {"oidc-username-claim", USERNAME_CLAIM},
                        new String[] {"oidc-groups-claim", GROUPS_CLAIM}))
                .orElse(List.of());
    }
}
