package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.install.CloudConnection;
import io.opencenter.installer.install.CloudDiscovery;
import io.opencenter.installer.install.ServiceCheck;
import io.opencenter.installer.openstack.CloudProfile;
import java.util.List;

/**
 * A cloud whose connection test passed: how to reach it (preflight and the install connect from it), what
 * discovery found, and the per-service results. Lives in the wizard model, never in the config file.
 */
public record CloudSession(CloudSource source, String cloudName, CloudConnection connection,
                           CloudDiscovery discovery, List<ServiceCheck> results) {
    public CloudSession {
        results = List.copyOf(results);
    }

    public CloudProfile profile() {
        return connection.profile();
    }

    public boolean sandbox() {
        return source == CloudSource.SANDBOX;
    }
}
