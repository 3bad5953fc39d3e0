package io.opencenter.installer.openstack.config;

import static io.opencenter.installer.openstack.config.ConfigDirs.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.Secret;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** secure.yaml is found on its own and deep-merged over clouds.yaml, cloud by cloud. */
class SecureMergeTest {
    @TempDir
    Path root;
    ConfigDirs dirs;

    @BeforeEach
    void setUp() {
        dirs = new ConfigDirs(root);
    }

    static String text(Secret s) {
        return new String(s.reveal());
    }

    @Test
    void secretsFromSecureYamlCompleteEachCloud() {
        write(dirs.userDir.resolve("clouds.yaml"), ConfigDirs.resource("clouds.yaml"));
        Path secure = write(dirs.userDir.resolve("secure.yaml"), ConfigDirs.resource("secure.yaml"));

        CloudsConfig config = dirs.load();

        assertThat(config.findings()).isEmpty();
        assertThat(config.secureFile()).isEqualTo(secure);
        assertThat(config.names()).containsExactly("prod", "prod-appcred", "lab-token");
        CloudAuth.Password prod = (CloudAuth.Password) config.require("prod").auth();
        assertThat(text(prod.password())).isEqualTo("pw-Alice-7f3kq");
        assertThat(prod.username()).isEqualTo("alice");
        assertThat(prod.userDomainName()).isEqualTo("Corp");
        CloudAuth.ApplicationCredential app = (CloudAuth.ApplicationCredential) config.require("prod-appcred").auth();
        assertThat(text(app.secret())).isEqualTo("ac-Secret-9x2mw");
        assertThat(app.id()).isEqualTo("1a2b3c4d5e");
        CloudAuth.Token token = (CloudAuth.Token) config.require("lab-token").auth();
        assertThat(text(token.token())).isEqualTo("tok-gAAAA-42zz");
    }

    @Test
    void secureValuesOverrideAndDeepMergeKeepsTheRest() {
        write(dirs.cwd.resolve("clouds.yaml"), """
                clouds:
                  c1:
                    auth:
                      auth_url: http://127.0.0.1:5000/v3
                      username: u
                      password: old-in-clouds
                      project_name: demo
                    region_name: RegionOne
                """);
        write(dirs.cwd.resolve("secure.yaml"), """
                clouds:
                  c1:
                    auth:
                      password: new-in-secure
                    region_name: RegionTwo
                """);

        CloudProfile c1 = dirs.load().require("c1");

        CloudAuth.Password auth = (CloudAuth.Password) c1.auth();
        assertThat(text(auth.password())).isEqualTo("new-in-secure");
        assertThat(auth.username()).isEqualTo("u");
        assertThat(auth.projectName()).isEqualTo("demo");
        assertThat(c1.regionName()).isEqualTo("RegionTwo");
    }

    @Test
    void secureYamlIsSearchedIndependentlyOfCloudsYaml() {
        // clouds.yaml in the working directory, secure.yaml only in the user's config dir
        write(dirs.cwd.resolve("clouds.yaml"), """
                clouds:
                  c1:
                    auth: {auth_url: 'http://127.0.0.1:5000/v3', username: u, project_name: demo}
                """);
        write(dirs.userDir.resolve("secure.yaml"), "clouds:\n  c1:\n    auth:\n      password: from-home-secure\n");

        CloudAuth.Password auth = (CloudAuth.Password) dirs.load().require("c1").auth();

        assertThat(text(auth.password())).isEqualTo("from-home-secure");
    }

    @Test
    void clientSecureFileOverridesTheSearch() {
        write(dirs.cwd.resolve("clouds.yaml"), """
                clouds:
                  c1:
                    auth: {auth_url: 'http://127.0.0.1:5000/v3', username: u, project_name: demo}
                """);
        write(dirs.cwd.resolve("secure.yaml"), "clouds:\n  c1:\n    auth:\n      password: from-cwd\n");
        Path explicit = write(root.resolve("vault/sec.yaml"), "clouds:\n  c1:\n    auth:\n      password: explicit\n");
        dirs.env("OS_CLIENT_SECURE_FILE", explicit.toString());

        CloudsConfig config = dirs.load();

        assertThat(text(((CloudAuth.Password) config.require("c1").auth()).password())).isEqualTo("explicit");
        assertThat(config.filesRead()).containsExactly(dirs.cwd.resolve("clouds.yaml"), explicit);
    }

    @Test
    void withoutSecureYamlAMissingPasswordIsAFindingForThatCloudOnly() {
        write(dirs.cwd.resolve("clouds.yaml"), ConfigDirs.resource("clouds.yaml"));

        CloudsConfig config = dirs.load();

        assertThat(config.names()).isEmpty();
        assertThat(config.findingsFor("prod")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("clouds.prod.auth.password");
            assertThat(f.message()).contains("prod").contains("auth.password is missing");
            assertThat(f.hint()).contains("secure.yaml");
        });
    }

    @Test
    void aCloudOnlyInSecureYamlIsStillACloud() {
        write(dirs.cwd.resolve("clouds.yaml"), "clouds: {}\n");
        Path secure = write(dirs.cwd.resolve("secure.yaml"), """
                clouds:
                  hidden:
                    auth: {auth_url: 'http://127.0.0.1:5000/v3', username: u, password: p, project_name: x}
                """);

        CloudProfile hidden = dirs.load().require("hidden");

        assertThat(hidden.source()).isEqualTo(secure.toString());
    }
}
