package io.opencenter.installer.install;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackGateway;

/**
 * One read connection to a cloud for the connection test and then discovery, so both share one login. Reads
 * only. Call off the UI thread; close when done.
 */
public final class CloudProbe implements AutoCloseable {
    private final CloudProfile profile;
    private final OpenStackGateway gateway;

    private CloudProbe(CloudProfile profile, OpenStackGateway gateway) {
        this.profile = profile;
        this.gateway = gateway;
    }

    /** Nothing is sent before the first call. */
    public static CloudProbe open(CloudConnection connection) {
        return new CloudProbe(connection.profile(), connection.openGateway());
    }

    /** Login, then one timed read per needed service; {@code progress} sees each result as it comes. */
    public ConnectionReport test(ConnectionProgress progress) {
        return ConnectionTest.run(gateway, profile, progress);
    }

    /** What the cloud offers, for the cluster's pickers. */
    public CloudDiscovery discover() {
        return CloudDiscovery.read(gateway);
    }

    @Override
    public void close() {
        gateway.close();
    }
}
