package io.opencenter.installer.openstack.config;

import static io.opencenter.installer.openstack.config.ConfigDirs.cloud;
import static io.opencenter.installer.openstack.config.ConfigDirs.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.spec.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which clouds.yaml is read: OS_CLIENT_CONFIG_FILE alone, else ./, ~/.config/openstack/, /etc/openstack/. */
class SearchOrderTest {
    @TempDir
    Path root;
    ConfigDirs dirs;

    @BeforeEach
    void setUp() {
        dirs = new ConfigDirs(root);
    }

    /** A complete password cloud; the name tells which file it came from. */
    private static String cloudNamed(String name) {
        return cloud(name, """
                auth:
                  auth_url: http://127.0.0.1:5000/v3
                  username: u
                  password: p
                  project_name: demo
                """);
    }

    @Test
    void workingDirectoryWinsOverHomeAndEtc() {
        Path cwdFile = write(dirs.cwd.resolve("clouds.yaml"), cloudNamed("from-cwd"));
        write(dirs.userDir.resolve("clouds.yaml"), cloudNamed("from-home"));
        write(dirs.etc.resolve("clouds.yaml"), cloudNamed("from-etc"));

        CloudsConfig config = dirs.load();

        assertThat(config.names()).containsExactly("from-cwd");
        assertThat(config.cloudsFile()).isEqualTo(cwdFile);
        assertThat(config.profile("from-cwd").orElseThrow().source()).isEqualTo(cwdFile.toString());
    }

    @Test
    void homeWinsOverEtc() {
        write(dirs.userDir.resolve("clouds.yaml"), cloudNamed("from-home"));
        write(dirs.etc.resolve("clouds.yaml"), cloudNamed("from-etc"));

        assertThat(dirs.load().names()).containsExactly("from-home");
    }

    @Test
    void etcIsTheLastResort() {
        write(dirs.etc.resolve("clouds.yaml"), cloudNamed("from-etc"));

        assertThat(dirs.load().names()).containsExactly("from-etc");
    }

    @Test
    void ymlSpellingIsAccepted() {
        Path yml = write(dirs.userDir.resolve("clouds.yml"), cloudNamed("from-yml"));

        CloudsConfig config = dirs.load();

        assertThat(config.names()).containsExactly("from-yml");
        assertThat(config.cloudsFile()).isEqualTo(yml);
    }

    @Test
    void yamlBeatsYmlInTheSameDirectoryAndADirectoryBeatsSpelling() {
        write(dirs.cwd.resolve("clouds.yml"), cloudNamed("cwd-yml"));
        write(dirs.cwd.resolve("clouds.yaml"), cloudNamed("cwd-yaml"));
        write(dirs.userDir.resolve("clouds.yaml"), cloudNamed("home-yaml"));

        assertThat(dirs.load().names()).containsExactly("cwd-yaml");
    }

    @Test
    void clientConfigFileIsTheOnlyFileReadWhenSet() {
        write(dirs.cwd.resolve("clouds.yaml"), cloudNamed("from-cwd"));
        Path explicit = write(root.resolve("elsewhere/my-clouds.yaml"), cloudNamed("explicit"));
        dirs.env("OS_CLIENT_CONFIG_FILE", explicit.toString());

        CloudsConfig config = dirs.load();

        assertThat(config.names()).containsExactly("explicit");
        assertThat(config.searched()).containsExactly(explicit);
    }

    @Test
    void clientConfigFilePointingNowhereIsReportedAndNothingElseIsRead() {
        write(dirs.cwd.resolve("clouds.yaml"), cloudNamed("from-cwd"));
        dirs.env("OS_CLIENT_CONFIG_FILE", root.resolve("missing.yaml").toString());

        CloudsConfig config = dirs.load();

        assertThat(config.names()).isEmpty();
        assertThat(config.findings()).filteredOn(Finding::isError).singleElement()
                .extracting(Finding::message).asString()
                .contains("OS_CLIENT_CONFIG_FILE").contains("missing.yaml");
    }

    @Test
    void clientConfigFileWithTildeMeansTheGivenHome() {
        write(dirs.home.resolve("private/c.yaml"), cloudNamed("tilde"));
        dirs.env("OS_CLIENT_CONFIG_FILE", "~/private/c.yaml");

        assertThat(dirs.load().names()).containsExactly("tilde");
    }

    @Test
    void xdgConfigHomeIsSearchedBeforeDotConfig() {
        Path xdg = root.resolve("xdg");
        write(xdg.resolve("openstack/clouds.yaml"), cloudNamed("from-xdg"));
        write(dirs.userDir.resolve("clouds.yaml"), cloudNamed("from-home"));
        dirs.env("XDG_CONFIG_HOME", xdg.toString());

        assertThat(dirs.load().names()).containsExactly("from-xdg");
    }

    @Test
    void searchListIsInOpenstacksdkOrder() {
        assertThat(dirs.locations().cloudsCandidates()).containsExactly(
                dirs.cwd.resolve("clouds.yaml"), dirs.cwd.resolve("clouds.yml"), dirs.cwd.resolve("clouds.json"),
                dirs.userDir.resolve("clouds.yaml"), dirs.userDir.resolve("clouds.yml"),
                dirs.userDir.resolve("clouds.json"),
                dirs.etc.resolve("clouds.yaml"), dirs.etc.resolve("clouds.yml"), dirs.etc.resolve("clouds.json"));
        assertThat(dirs.locations().secureCandidates()).first().isEqualTo(dirs.cwd.resolve("secure.yaml"));
    }

    @Test
    void noFilesAnywhereGivesAnEmptyConfigWithoutErrors() {
        CloudsConfig config = dirs.load();

        assertThat(config.clouds()).isEmpty();
        assertThat(config.cloudsFile()).isNull();
        assertThat(config.findings()).isEmpty();
    }
}
