package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackGateway;
import java.util.List;

/**
 * A cloud whose connection test passed: how to reach it, the open gateway (logged in; reused by preflight), what
 * discovery found, and the per-service results. Lives in the wizard model, never in the config file.
 */
public record CloudSession(CloudSource source, String cloudName, CloudProfile profile, OpenStackGateway gateway,
                           CloudDiscovery discovery, List<ServiceResult> results) {
    public CloudSession {
        results = List.copyOf(results);
    }

    public boolean sandbox() {
        return source == CloudSource.SANDBOX;
    }
}
