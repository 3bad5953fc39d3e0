package io.opencenter.installer.openstack.config;

import static io.opencenter.installer.openstack.config.ConfigDirs.cloud;
import static io.opencenter.installer.openstack.config.ConfigDirs.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.spec.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** region_name / regions, interface, cacert, verify and insecure. */
class RegionsAndTlsTest {
    private static final String AUTH = "auth: {auth_url: 'https://h:5000/v3', username: u, password: p, "
            + "project_name: x}\n";

    @TempDir
    Path root;
    ConfigDirs dirs;

    @BeforeEach
    void setUp() {
        dirs = new ConfigDirs(root);
    }

    private CloudsConfig load(String extra) {
        write(dirs.cwd.resolve("clouds.yaml"), cloud("c", AUTH + extra));
        return dirs.load();
    }

    @Test
    void regionName() {
        assertThat(load("region_name: RegionOne\n").require("c").regionName()).isEqualTo("RegionOne");
    }

    @Test
    void aRegionListWithOneEntryIsThatRegion() {
        assertThat(load("regions: [Lab]\n").require("c").regionName()).isEqualTo("Lab");
        assertThat(load("regions:\n  - name: Lab2\n    values: {interface: internal}\n").require("c").regionName())
                .isEqualTo("Lab2");
    }

    @Test
    void severalRegionsPickNoneAndReportTheList() {
        CloudsConfig config = load("regions: [East, West]\n");

        CloudProfile c = config.require("c");
        assertThat(c.regionName()).isNull();
        assertThat(config.findingsFor("c")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.path()).isEqualTo("clouds.c.regions");
            assertThat(f.message()).contains("East, West");
        });
    }

    @Test
    void regionNameChoosesFromTheList() {
        assertThat(load("region_name: West\nregions: [East, West]\n").require("c").regionName()).isEqualTo("West");
    }

    @Test
    void regionNameOutsideTheListIsAnError() {
        CloudsConfig config = load("region_name: North\nregions: [East, West]\n");

        assertThat(config.names()).isEmpty();
        assertThat(config.findingsFor("c")).singleElement().extracting(Finding::hint).asString()
                .contains("East, West");
    }

    @Test
    void regionsThatIsNotAListIsAnError() {
        assertThat(load("regions: {East: 1}\n").findingsFor("c")).extracting(Finding::path)
                .containsExactly("clouds.c.regions");
    }

    @Test
    void secureByDefault() {
        CloudsConfig config = load("");

        CloudProfile c = config.require("c");
        assertThat(c.insecure()).isFalse();
        assertThat(c.cacert()).isNull();
        assertThat(c.interfaceType()).isNull();
        assertThat(c.interfaceOrDefault()).isEqualTo("public");
        assertThat(config.findings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"'verify: false', true", "'insecure: true', true", "'verify: true', false",
            "'insecure: false', false", "'verify: true\ninsecure: true', true", "'insecure: \"True\"', true"})
    void insecureOnlyWhenExplicitlySet(String yaml, boolean insecure) {
        CloudsConfig config = load(yaml + "\n");

        assertThat(config.require("c").insecure()).isEqualTo(insecure);
        assertThat(config.findingsFor("c")).hasSize(insecure ? 1 : 0)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING));
    }

    @Test
    void verifyThatIsNotABooleanIsAnError() {
        CloudsConfig config = load("verify: maybe\n");

        assertThat(config.findingsFor("c")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("clouds.c.verify");
            assertThat(f.message()).contains("true or false");
        });
    }

    @Test
    void cacertIsResolvedAgainstTheGivenHomeAndWorkingDirectory() {
        assertThat(load("cacert: ~/certs/ca.pem\n").require("c").cacert())
                .isEqualTo(dirs.home.resolve("certs/ca.pem"));
        assertThat(load("cacert: ca.pem\n").require("c").cacert()).isEqualTo(dirs.cwd.resolve("ca.pem"));
        assertThat(load("cacert: /etc/ssl/ca.pem\n").require("c").cacert()).isEqualTo(Path.of("/etc/ssl/ca.pem"));
    }

    @ParameterizedTest
    @CsvSource({"interface: internal, internal", "interface: publicURL, public", "endpoint_type: adminURL, admin"})
    void interfaceIsNormalized(String yaml, String expected) {
        assertThat(load(yaml + "\n").require("c").interfaceType()).isEqualTo(expected);
    }

    @Test
    void unknownInterfaceIsAnError() {
        assertThat(load("interface: private\n").findingsFor("c")).extracting(Finding::path)
                .containsExactly("clouds.c.interface");
    }
}
