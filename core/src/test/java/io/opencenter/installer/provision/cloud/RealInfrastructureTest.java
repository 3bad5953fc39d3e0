package io.opencenter.installer.provision.cloud;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.config.CloudsYaml;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The infrastructure contract against real OpenStack services, enabled like the gateway's real lane by
 * {@code OS_CLIENT_CONFIG_FILE} and {@code OS_CLOUD}. It always provisions in the entry {@value #CLOUD} of that
 * clouds.yaml (the loopback harness's project with an installer-sized quota), whatever {@code OS_CLOUD} names,
 * and is skipped when there is no such entry. The real harness has no Octavia.
 */
@EnabledIfEnvironmentVariable(named = "OS_CLIENT_CONFIG_FILE", matches = ".+")
@EnabledIfEnvironmentVariable(named = "OS_CLOUD", matches = ".+")
class RealInfrastructureTest extends InfrastructureContract {

    static final String CLOUD = "osr-ops";

    @Override
    protected CloudProfile profile() {
        Path file = Path.of(System.getenv("OS_CLIENT_CONFIG_FILE"));
        assumeTrue(Files.isRegularFile(file), "OS_CLIENT_CONFIG_FILE is not a file: " + file);
        Optional<CloudProfile> ops = CloudsYaml.load().profile(CLOUD);
        assumeTrue(ops.isPresent(), "no '" + CLOUD + "' entry in " + file);
        return ops.get();
    }

    @Override
    protected boolean hasOctavia() {
        return false;
    }
}
