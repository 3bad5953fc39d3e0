package io.opencenter.installer.openstack.contract;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.config.CloudsConfig;
import io.opencenter.installer.openstack.config.CloudsYaml;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The contract against a real cloud, chosen the way the openstack CLI chooses it: {@code OS_CLIENT_CONFIG_FILE}
 * (clouds.yaml, with secure.yaml merged) and {@code OS_CLOUD}. {@code OS_CLOUD_APPCRED} may name an
 * application-credential entry of the same project (default: the cloud's name + "-appcred", used when present),
 * as the loopback OpenStack's clouds.yaml has it.
 */
@EnabledIfEnvironmentVariable(named = "OS_CLIENT_CONFIG_FILE", matches = ".+")
@EnabledIfEnvironmentVariable(named = "OS_CLOUD", matches = ".+")
class RealOpenStackContractTest extends GatewayContract {

    private static CloudsConfig clouds() {
        Path f = Path.of(System.getenv("OS_CLIENT_CONFIG_FILE"));
        assumeTrue(Files.isRegularFile(f), "OS_CLIENT_CONFIG_FILE is not a file: " + f);
        return CloudsYaml.load();
    }

    @Override
    protected CloudProfile profile() {
        return clouds().require(System.getenv("OS_CLOUD"));
    }

    @Override
    protected CloudProfile applicationCredentialProfile() {
        String name = System.getenv().getOrDefault("OS_CLOUD_APPCRED", System.getenv("OS_CLOUD") + "-appcred");
        return clouds().profile(name).orElse(null);
    }

    /** The loopback OpenStack's demo project has small, known quotas (its README); other clouds: no expectation. */
    @Override
    protected Map<String, Long> expectedQuotaLimits() {
        if (!"osr-demo".equals(System.getenv("OS_CLOUD"))) {
            return Map.of();
        }
        return Map.ofEntries(Map.entry("compute/instances", 4L), Map.entry("compute/cores", 8L),
                Map.entry("compute/ramMb", 8192L), Map.entry("compute/keyPairs", 10L),
                Map.entry("compute/serverGroups", 5L), Map.entry("volume/volumes", 3L),
                Map.entry("volume/gigabytes", 20L), Map.entry("network/networks", 5L),
                Map.entry("network/subnets", 5L), Map.entry("network/ports", 20L), Map.entry("network/routers", 2L),
                Map.entry("network/floatingIps", 3L), Map.entry("network/securityGroups", 5L),
                Map.entry("network/securityGroupRules", 30L));
    }
}
