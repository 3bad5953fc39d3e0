package io.opencenter.installer.openstack.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.opencenter.installer.openstack.CloudAuth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clouds.yaml written by ../shared/openstack-real/up.sh, when that harness is up on this machine. */
class RealHarnessCloudsTest {
    private static final Path REAL = Path.of("/var/tmp/openstack-real/clouds.yaml");

    @TempDir
    Path root;

    @Test
    void harnessCloudsLoadWithTheRightAuthTypes() {
        assumeTrue(Files.isRegularFile(REAL), "no " + REAL + " (openstack-real harness not up)");
        ConfigDirs dirs = new ConfigDirs(root);
        dirs.env("OS_CLIENT_CONFIG_FILE", REAL.toString());

        CloudsConfig config = CloudsYaml.load(new ConfigLocations(Map.copyOf(dirs.env), dirs.cwd, dirs.home,
                dirs.etc));

        assertThat(config.findings()).allSatisfy(f -> assertThat(f.isError()).as(f.message()).isFalse());
        assertThat(config.names()).contains("osr-admin", "osr-demo", "osr-ops", "osr-demo-appcred");
        for (String name : new String[] {"osr-admin", "osr-demo", "osr-ops"}) {
            assertThat(config.require(name).auth()).isInstanceOfSatisfying(CloudAuth.Password.class, p -> {
                assertThat(p.authUrl()).startsWith("http://127.0.0.1:");
                assertThat(p.userDomainName()).isEqualTo("Default");
                assertThat(p.password().isEmpty()).isFalse();
            });
            assertThat(config.require(name).regionName()).isEqualTo("RegionOne");
        }
        assertThat(config.require("osr-demo-appcred").auth())
                .isInstanceOfSatisfying(CloudAuth.ApplicationCredential.class, a -> {
                    assertThat(a.id()).isNotBlank();
                    assertThat(a.secret().isEmpty()).isFalse();
                });
    }
}
