package io.opencenter.installer.preflight;

import static io.opencenter.installer.spec.ConfigField.CLOUD_NAME;

import io.opencenter.installer.openstack.ApplicationCredentials.Permission;
import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.spec.Finding;
import java.util.List;

/**
 * The install makes an application credential for the cluster's cloud controller manager and Cinder CSI driver
 * (they never get the user's password), and Keystone refuses that to a login made with a restricted application
 * credential, the kind {@code openstack application credential create} makes by default. Found here, before
 * anything is created, rather than after the servers are up.
 */
public final class CredentialPermissionCheck {

    private CredentialPermissionCheck() {}

    /** Whether the login of {@code profile} has to be asked: a password login always may. */
    public static boolean applies(CloudProfile profile) {
        return !(profile.auth() instanceof CloudAuth.Password);
    }

    public static List<Finding> check(CloudProfile profile, Permission permission) {
        return permission.allowed() ? List.of() : List.of(finding(profile, permission));
    }

    /** The finding for a login that may not make application credentials; also the text install fails with. */
    public static Finding finding(CloudProfile profile, Permission permission) {
        return Finding.error(CLOUD_NAME.path(), "cloud " + profile.name() + " (" + profile.source() + ") logs in "
                        + "with the restricted application credential " + permission.restrictedCredential()
                        + ", and Keystone does not let such a login create the application credential the installer "
                        + "makes for the cluster's cloud controller manager and Cinder CSI driver",
                "install with a clouds.yaml entry that logs in with a password (auth_type: password), or with an "
                        + "application credential created with 'openstack application credential create "
                        + "--unrestricted'");
    }
}
