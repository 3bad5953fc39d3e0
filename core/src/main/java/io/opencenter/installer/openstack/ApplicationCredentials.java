package io.opencenter.installer.openstack;

import java.util.List;
import java.util.Optional;

/**
 * Keystone application credentials of the logged-in user ({@code /v3/users/{user_id}/application_credentials}):
 * what the installer makes for a cluster's own controllers (cloud controller manager, Cinder CSI), so that they
 * never hold the user's password and destroy can revoke them. Each credential is scoped to the project and roles
 * of the login that created it. Keystone shows the secret once, in the answer to the create.
 */
public interface ApplicationCredentials {

    /** The credential with {@code id} of the logged-in user, or empty (Keystone answers 404 for other users' ones). */
    Optional<ApplicationCredential> byId(String id);

    /** The user's credentials named {@code name} (Keystone keeps names unique per user: none or one). */
    List<ApplicationCredential> named(String name);

    /**
     * Creates a restricted credential ({@code unrestricted: false}: it cannot make or delete other credentials)
     * with the login's roles on its project. Sent once, never repeated: a create that timed out may have happened,
     * so the caller looks by name before trying again. A name the user already has is a CONFLICT.
     */
    IssuedApplicationCredential create(String name, String description);

    /** Deletes the user's credential {@code id}; false when it was already gone. */
    boolean delete(String id);

    /**
     * Whether this login may create and delete application credentials. Keystone forbids it to a login made with
     * a restricted application credential (the default kind); passwords and unrestricted ones may.
     */
    Permission permission();

    /** What Keystone says about one credential; never its secret. */
    record ApplicationCredential(String id, String name, String description, String projectId,
                                 boolean unrestricted, List<String> roles) {
        /** Roles sorted: Keystone lists them in no fixed order, and two reads of one credential must be equal. */
        public ApplicationCredential {
            roles = roles == null ? List.of() : roles.stream().sorted().toList();
        }
    }

    /** A credential just created, with the secret Keystone shows only now. The secret's toString is redacted. */
    record IssuedApplicationCredential(ApplicationCredential credential, Secret secret) {
        public String id() {
            return credential.id();
        }
    }

    /**
     * @param allowed    whether creating (and deleting) credentials is allowed with this login
     * @param restrictedCredential the id or name of the restricted application credential the login used, when
     *                   that is why it is not allowed; null otherwise
     */
    record Permission(boolean allowed, String restrictedCredential) {
        public static final Permission ALLOWED = new Permission(true, null);
    }
}
