package io.opencenter.installer.install;

import io.opencenter.installer.openstack.OpenStackGateway.AuthInfo;
import io.opencenter.installer.spec.Finding;

/**
 * The login of the connection test: who Keystone says we are, or why it refused, as a finding at
 * {@code spec.cloud.name} with a hint (who was rejected and where; never a secret).
 *
 * @param latencyMs how long the login took
 * @param auth      user, project and service catalog; null when the login failed
 * @param problem   why the login failed; null when it succeeded
 */
public record LoginCheck(long latencyMs, AuthInfo auth, Finding problem) {
    public boolean ok() {
        return auth != null;
    }
}
