package io.opencenter.installer.openstack.config;

import static io.opencenter.installer.openstack.config.ConfigDirs.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.spec.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The variables of an openrc file form a cloud named envvars; OS_CLOUD picks the default. */
class EnvVarsCloudTest {
    @TempDir
    Path root;
    ConfigDirs dirs;

    @BeforeEach
    void setUp() {
        dirs = new ConfigDirs(root);
    }

    private void openrc() {
        dirs.env("OS_AUTH_URL", "http://127.0.0.1:5000/v3")
                .env("OS_USERNAME", "admin")
                .env("OS_PASSWORD", "pw-env")
                .env("OS_PROJECT_NAME", "admin")
                .env("OS_USER_DOMAIN_NAME", "Default")
                .env("OS_PROJECT_DOMAIN_NAME", "Default")
                .env("OS_REGION_NAME", "RegionOne")
                .env("OS_IDENTITY_API_VERSION", "3");
    }

    private void twoClouds() {
        write(dirs.cwd.resolve("clouds.yaml"), """
                clouds:
                  a:
                    auth: {auth_url: 'http://h:5000/v3', username: u, password: p, project_name: x}
                  b:
                    auth: {auth_url: 'http://h:5000/v3', username: u, password: p, project_name: y}
                """);
    }

    @Test
    void openrcVariablesBecomeTheEnvvarsCloud() {
        openrc();

        CloudsConfig config = dirs.load();

        CloudProfile env = config.require("envvars");
        assertThat(env.source()).contains("environment");
        assertThat(env.regionName()).isEqualTo("RegionOne");
        assertThat(env.auth()).isInstanceOfSatisfying(CloudAuth.Password.class, p -> {
            assertThat(p.authUrl()).isEqualTo("http://127.0.0.1:5000/v3");
            assertThat(p.username()).isEqualTo("admin");
            assertThat(new String(p.password().reveal())).isEqualTo("pw-env");
            assertThat(p.projectName()).isEqualTo("admin");
            assertThat(p.userDomainName()).isEqualTo("Default");
        });
        assertThat(config.defaultCloud()).isEqualTo("envvars");
        assertThat(config.require(null).name()).isEqualTo("envvars");
    }

    @Test
    void withoutAuthUrlThereIsNoEnvvarsCloud() {
        dirs.env("OS_USERNAME", "admin").env("OS_PASSWORD", "x").env("OS_REGION_NAME", "RegionOne");

        assertThat(dirs.load().names()).isEmpty();
    }

    @Test
    void envvarsComesAfterTheFileCloudsAndOsCloudWinsAsDefault() {
        twoClouds();
        openrc();
        dirs.env("OS_CLOUD", "b");

        CloudsConfig config = dirs.load();

        assertThat(config.names()).containsExactly("a", "b", "envvars");
        assertThat(config.defaultCloud()).isEqualTo("b");
        assertThat(config.require("").name()).isEqualTo("b");
        assertThat(config.defaultProfile()).map(CloudProfile::name).hasValue("b");
    }

    @Test
    void osCloudPicksTheDefault() {
        twoClouds();
        dirs.env("OS_CLOUD", "a");

        assertThat(dirs.load().require(null).name()).isEqualTo("a");
    }

    @Test
    void withSeveralCloudsAndNoOsCloudThereIsNoDefault() {
        twoClouds();

        CloudsConfig config = dirs.load();

        assertThat(config.defaultCloud()).isNull();
        assertThat(config.defaultProfile()).isEmpty();
    }

    @Test
    void aSingleCloudIsTheDefault() {
        write(dirs.cwd.resolve("clouds.yaml"), """
                clouds:
                  only:
                    auth: {auth_url: 'http://h:5000/v3', username: u, password: p, project_name: x}
                """);

        assertThat(dirs.load().require(null).name()).isEqualTo("only");
    }

    @Test
    void osCloudNamingAnUnknownCloudIsAWarningListingTheClouds() {
        twoClouds();
        dirs.env("OS_CLOUD", "nope");

        CloudsConfig config = dirs.load();

        assertThat(config.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.message()).contains("OS_CLOUD").contains("nope");
            assertThat(f.hint()).contains("a, b");
        });
    }

    @Test
    void applicationCredentialFromTheEnvironment() {
        dirs.env("OS_AUTH_URL", "http://127.0.0.1:5000/v3")
                .env("OS_AUTH_TYPE", "v3applicationcredential")
                .env("OS_APPLICATION_CREDENTIAL_ID", "ac-id")
                .env("OS_APPLICATION_CREDENTIAL_SECRET", "ac-secret")
                .env("OS_INTERFACE", "internal");

        CloudProfile env = dirs.load().require("envvars");

        assertThat(env.interfaceType()).isEqualTo("internal");
        assertThat(env.auth()).isInstanceOfSatisfying(CloudAuth.ApplicationCredential.class,
                a -> assertThat(a.id()).isEqualTo("ac-id"));
    }

    @Test
    void tokenFromTheEnvironmentIsInferred() {
        dirs.env("OS_AUTH_URL", "http://127.0.0.1:5000/v3")
                .env("OS_TOKEN", "gAAAA-env")
                .env("OS_PROJECT_ID", "p-1");

        assertThat(dirs.load().require("envvars").auth()).isInstanceOfSatisfying(CloudAuth.Token.class,
                t -> assertThat(t.projectId()).isEqualTo("p-1"));
    }

    @Test
    void insecureAndCacertFromTheEnvironment() {
        openrc();
        Path ca = write(root.resolve("ca.pem"), "x");
        dirs.env("OS_INSECURE", "true").env("OS_CACERT", ca.toString());

        CloudsConfig config = dirs.load();

        CloudProfile env = config.require("envvars");
        assertThat(env.insecure()).isTrue();
        assertThat(env.cacert()).isEqualTo(ca);
        assertThat(config.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.message()).contains("verification is switched off");
        });
    }

    @Test
    void domainNameAndProjectIdFromTheEnvironment() {
        dirs.env("OS_AUTH_URL", "http://h:5000/v3").env("OS_USERNAME", "u").env("OS_PASSWORD", "p")
                .env("OS_PROJECT_NAME", "x").env("OS_DOMAIN_NAME", "Corp").env("OS_PROJECT_ID", "pid");

        CloudAuth.Password p = (CloudAuth.Password) dirs.load().require("envvars").auth();

        assertThat(p.userDomainName()).isEqualTo("Corp");
        assertThat(p.projectDomainName()).isEqualTo("Corp");
        assertThat(p.projectId()).isEqualTo("pid");
    }

    @Test
    void aFileCloudNamedEnvvarsClashesWithTheEnvironment() {
        write(dirs.cwd.resolve("clouds.yaml"), """
                clouds:
                  envvars:
                    auth: {auth_url: 'http://file:5000/v3', username: u, password: p, project_name: x}
                """);
        openrc();

        CloudsConfig config = dirs.load();

        assertThat(config.require("envvars").auth().authUrl()).isEqualTo("http://file:5000/v3");
        assertThat(config.findings()).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("clashes"));
    }
}
