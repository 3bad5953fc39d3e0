package io.opencenter.installer.openstack;

/**
 * How to log in to Keystone v3. The three auth types of clouds.yaml the installer supports; application
 * credentials are the recommended one (scoped, revocable, no user password on disk).
 */
public sealed interface CloudAuth {
    String authUrl();

    /** {@code auth_type: password}. Project by name (with its domain) or by id. */
    record Password(String authUrl, String username, String userDomainName, Secret password,
                    String projectName, String projectId, String projectDomainName) implements CloudAuth {}

    /** {@code auth_type: v3applicationcredential}: by id, or by name together with the owning user. */
    record ApplicationCredential(String authUrl, String id, String name, String username, String userDomainName,
                                 Secret secret) implements CloudAuth {}

    /** {@code auth_type: token}: an existing token, scoped to a project. */
    record Token(String authUrl, Secret token, String projectName, String projectId, String projectDomainName)
            implements CloudAuth {}
}
