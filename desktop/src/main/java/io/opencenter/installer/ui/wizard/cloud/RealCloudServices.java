package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.platform.Catalog;
import java.util.function.Supplier;

/**
 * The real pieces: clouds.yaml loader, the openstack4j gateway, the built-in sandbox and preflight. Lambdas, not
 * method references, so that none of them (and not openstack4j) is loaded before the user tests a cloud.
 */
public final class RealCloudServices {
    private RealCloudServices() {}

    public static CloudServices create(Supplier<Catalog> catalog, LazySandbox sandbox) {
        return new CloudServices(CloudsYamlDirectory.ofSystem(), profile -> OpenStackGateways.connect(profile),
                sandbox, PreflightRunners.of(catalog));
    }
}
