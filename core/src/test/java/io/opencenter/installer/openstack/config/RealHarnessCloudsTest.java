package io.opencenter.installer.openstack.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** The harness's openrc files, read as the environment, describe the same cloud as its clouds.yaml entry. */
    @ParameterizedTest
    @CsvSource({"admin-openrc.sh, osr-admin", "demo-openrc.sh, osr-demo", "demo-appcred-openrc.sh, osr-demo-appcred"})
    void openrcFilesGiveTheSameCloudAsClouds_yaml(String openrc, String cloud) throws IOException {
        Path file = REAL.resolveSibling(openrc);
        assumeTrue(Files.isRegularFile(REAL) && Files.isRegularFile(file), "openstack-real harness not up");
        ConfigDirs dirs = new ConfigDirs(root);
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("export OS_")) {
                String[] kv = line.substring("export ".length()).split("=", 2);
                dirs.env(kv[0], kv[1].replaceAll("^['\"]|['\"]$", ""));
            }
        }
        CloudProfile fromEnv = dirs.load().require(null);
        CloudProfile fromYaml = CloudsYaml.load(new ConfigLocations(Map.of("OS_CLIENT_CONFIG_FILE", REAL.toString()),
                dirs.cwd, dirs.home, dirs.etc)).require(cloud);

        assertThat(fromEnv.name()).isEqualTo("envvars");
        assertThat(fromEnv).usingRecursiveComparison()
                .ignoringFields("name", "source", "interfaceType")
                .withEqualsForType((a, b) -> new String(a.reveal()).equals(new String(b.reveal())), Secret.class)
                .isEqualTo(fromYaml);
    }
}
