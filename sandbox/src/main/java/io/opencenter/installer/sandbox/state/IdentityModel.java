package io.opencenter.installer.sandbox.state;

import java.util.List;

/** Keystone's resources. Every project and user lives in domain {@code default} ("Default"). */
public final class IdentityModel {
    public static final String DOMAIN_ID = "default";
    public static final String DOMAIN_NAME = "Default";

    private IdentityModel() {
    }

    public record Project(String id, String name, String description) {
    }

    /** {@code memberOf}: the one project the user has the member role on (no default project, like the real demo). */
    public record User(String id, String name, String password, String memberOf) {
    }

    /**
     * Scoped to one project at creation, like Keystone's; {@code secret} is stored in clear (it's a sandbox).
     * {@code unrestricted}: whether a login with it may manage other application credentials (Keystone's default
     * is false). {@code description} may be null.
     */
    public record AppCredential(String id, String name, String userId, String projectId, String secret,
                                String description, boolean unrestricted) {
        public AppCredential(String id, String name, String userId, String projectId, String secret) {
            this(id, name, userId, projectId, secret, null, false);
        }
    }

    /**
     * An issued token; {@code appCredentialId} is set when it came from an application credential.
     * Times are epoch milliseconds.
     */
    public record Token(String id, String userId, String projectId, String appCredentialId, List<String> methods,
                        long issuedAt, long expiresAt, String auditId) {
        public boolean validAt(long now) {
            return now < expiresAt;
        }
    }

    public record Role(String id, String name) {
    }
}
