package io.opencenter.installer.openstack.contract;

import io.opencenter.installer.openstack.CloudProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The contract against a real cloud: {@code OS_CLIENT_CONFIG_FILE} (a clouds.yaml) and {@code OS_CLOUD} name it.
 * {@code OS_CLOUD_APPCRED} may name an application-credential entry of the same project (default: the cloud's name
 * + "-appcred", used when it exists), as the loopback OpenStack's clouds.yaml has it.
 */
@EnabledIfEnvironmentVariable(named = "OS_CLIENT_CONFIG_FILE", matches = ".+")
@EnabledIfEnvironmentVariable(named = "OS_CLOUD", matches = ".+")
class RealOpenStackContractTest extends GatewayContract {

    private static Path file() {
        Path f = Path.of(System.getenv("OS_CLIENT_CONFIG_FILE"));
        assumeTrue(Files.isRegularFile(f), "OS_CLIENT_CONFIG_FILE is not a file: " + f);
        return f;
    }

    @Override
    protected CloudProfile profile() {
        return TestClouds.load(file(), System.getenv("OS_CLOUD"));
    }

    @Override
    protected CloudProfile applicationCredentialProfile() {
        String name = System.getenv().getOrDefault("OS_CLOUD_APPCRED", System.getenv("OS_CLOUD") + "-appcred");
        try {
            return TestClouds.load(file(), name);
        } catch (IllegalStateException absent) {
            return null;
        }
    }
}
