package io.opencenter.installer.openstack.config;

import static io.opencenter.installer.openstack.config.ConfigDirs.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opencenter.installer.openstack.OpenStackException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CloudsConfig#require}: the cloud, or a CONFIG error that tells the user what there is. */
class RequireCloudTest {
    @TempDir
    Path root;
    ConfigDirs dirs;

    @BeforeEach
    void setUp() {
        dirs = new ConfigDirs(root);
    }

    @Test
    void unknownCloudListsTheAvailableNamesAndTheFilesRead() {
        Path clouds = write(dirs.userDir.resolve("clouds.yaml"), ConfigDirs.resource("clouds.yaml"));
        Path secure = write(dirs.userDir.resolve("secure.yaml"), ConfigDirs.resource("secure.yaml"));
        CloudsConfig config = dirs.load();

        assertThatThrownBy(() -> config.require("prdo"))
                .isInstanceOfSatisfying(OpenStackException.class, e -> {
                    assertThat(e.kind()).isEqualTo(OpenStackException.Kind.CONFIG);
                    assertThat(e.status()).isZero();
                })
                .hasMessageContaining("'prdo'")
                .hasMessageContaining("prod, prod-appcred, lab-token")
                .hasMessageContaining(clouds.toString())
                .hasMessageContaining(secure.toString());
    }

    @Test
    void withoutAnyClouds_yamlTheMessageSaysWhereItLooked() {
        CloudsConfig config = dirs.load();

        assertThatThrownBy(() -> config.require("prod"))
                .isInstanceOf(OpenStackException.class)
                .hasMessageContaining("no clouds are defined")
                .hasMessageContaining("no clouds.yaml found")
                .hasMessageContaining(dirs.userDir.resolve("clouds.yaml").toString())
                .hasMessageContaining(dirs.etc.resolve("clouds.yaml").toString());
    }

    @Test
    void noNameAndNoDefaultAsksToChoose() {
        write(dirs.userDir.resolve("clouds.yaml"), ConfigDirs.resource("clouds.yaml"));
        write(dirs.userDir.resolve("secure.yaml"), ConfigDirs.resource("secure.yaml"));
        CloudsConfig config = dirs.load();

        assertThatThrownBy(() -> config.require(null))
                .isInstanceOf(OpenStackException.class)
                .hasMessageContaining("OS_CLOUD")
                .hasMessageContaining("prod, prod-appcred, lab-token");
    }

    @Test
    void aCloudWithErrorsSaysWhatIsWrongWithIt() {
        write(dirs.userDir.resolve("clouds.yaml"), ConfigDirs.resource("clouds.yaml"));
        CloudsConfig config = dirs.load();

        assertThatThrownBy(() -> config.require("prod"))
                .isInstanceOf(OpenStackException.class)
                .hasMessageContaining("cloud 'prod' cannot be used")
                .hasMessageContaining("auth.password is missing");
    }

    @Test
    void aMalformedFileIsMentionedWhenTheCloudIsNotFound() {
        write(dirs.cwd.resolve("clouds.yaml"), "clouds:\n  a: [\n");
        CloudsConfig config = dirs.load();

        assertThatThrownBy(() -> config.require("a"))
                .hasMessageContaining("no cloud named 'a'")
                .hasMessageContaining("line ");
    }

    @Test
    void lookupsByName() {
        write(dirs.userDir.resolve("clouds.yaml"), ConfigDirs.resource("clouds.yaml"));
        write(dirs.userDir.resolve("secure.yaml"), ConfigDirs.resource("secure.yaml"));
        CloudsConfig config = dirs.load();

        assertThat(config.profile("lab-token")).get().extracting(p -> p.regionName()).isEqualTo("RegionTwo");
        assertThat(config.profile("missing")).isEmpty();
        assertThat(config.hasErrors()).isFalse();
    }
}
