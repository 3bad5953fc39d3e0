package io.opencenter.installer.install;

import io.opencenter.installer.provision.InfrastructureCloud;
import java.util.function.Supplier;

/** Opens the provisioning side of a connection on first use and then keeps it, so preflight and apply share it. */
public final class LazyInfrastructure implements Supplier<InfrastructureCloud> {
    private final CloudConnection connection;
    private InfrastructureCloud cloud;

    LazyInfrastructure(CloudConnection connection) {
        this.connection = connection;
    }

    @Override
    public synchronized InfrastructureCloud get() {
        if (cloud == null) {
            cloud = connection.openInfrastructure();
        }
        return cloud;
    }
}
