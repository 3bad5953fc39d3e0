package io.opencenter.installer.openstack.config;

import static io.opencenter.installer.openstack.config.ConfigDirs.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.spec.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One bad value per case in one cloud of clouds.yaml, next to a good cloud: the finding names the cloud, the file
 * and the key, says what is accepted, quotes no Java wording and no secret; the good cloud is still listed.
 */
class BadCloudEntryTest {
    private static final String SECRET = "hunter2-Xy9-secret";

    @TempDir
    Path root;

    /** A bad {@code key: value} line under the bad cloud's auth:, the finding's key and text its message holds. */
    record Bad(String name, String line, String key, String says, String hintSays) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Bad> cases() {
        String accepted = "http:// or https://";
        return Stream.of(
                new Bad("auth_url with spaces", "auth_url: not a url", "auth.auth_url", "is not a URL", accepted),
                new Bad("auth_url with scheme ftp", "auth_url: ftp://keystone.example.com/v3", "auth.auth_url",
                        "uses the scheme ftp, but only http and https are accepted", accepted),
                new Bad("auth_url with an unclosed IPv6 bracket", "auth_url: 'http://[::1'", "auth.auth_url",
                        "is not a URL (expected closing bracket", accepted),
                new Bad("auth_url without scheme", "auth_url: keystone.example.com:5000/v3", "auth.auth_url",
                        "uses the scheme keystone.example.com", accepted),
                new Bad("auth_url without host", "auth_url: http:///v3", "auth.auth_url", "has no host", accepted),
                new Bad("auth_url that is only a path", "auth_url: /v3", "auth.auth_url", "does not start with",
                        accepted),
                new Bad("password as bad !!binary", "password: !!binary aHVudGVyMg-bad", "auth.password",
                        "binary data (!!binary)", "quotes"),
                new Bad("password as good !!binary", "password: !!binary aHVudGVyMi1YeTktc2VjcmV0", "auth.password",
                        "binary data (!!binary)", "quotes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theBadCloudIsNamedWithFileAndKeyAndTheOthersAreListed(Bad bad) {
        ConfigDirs dirs = new ConfigDirs(root);
        String key = bad.line().substring(0, bad.line().indexOf(':'));
        StringBuilder badAuth = new StringBuilder();
        for (String line : List.of("auth_url: https://keystone.example.com:5000/v3", "username: u",
                "password: " + SECRET, "project_name: p")) {
            badAuth.append("      ").append(line.startsWith(key + ":") ? bad.line() : line).append('\n');
        }
        Path file = write(dirs.cwd.resolve("clouds.yaml"), "clouds:\n"
                + "  good:\n    auth: {auth_url: 'https://keystone.example.com:5000/v3', username: u, password: "
                + SECRET + ", project_name: p}\n"
                + "  bad:\n    auth:\n" + badAuth
                + "  also-good:\n    auth: {auth_url: 'http://10.0.0.5/identity/v3', username: u, password: " + SECRET
                + ", project_name: p}\n");

        CloudsConfig config = dirs.load();

        assertThat(config.names()).containsExactly("good", "also-good");
        List<Finding> errors = config.findings().stream().filter(Finding::isError).toList();
        assertThat(errors).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("clouds.bad." + bad.key());
            assertThat(f.message()).startsWith("cloud 'bad' (" + file + "): " + bad.key() + " ")
                    .contains(bad.says()).doesNotContain(SECRET).doesNotContain("hunter2")
                    .doesNotContain("Exception").doesNotContain("Illegal");
            assertThat(f.hint()).contains(bad.hintSays());
        });
    }

    @ParameterizedTest(name = "OS_AUTH_URL={0}")
    @MethodSource("badEnvUrls")
    void aBadOsAuthUrlNamesTheVariable(String url) {
        ConfigDirs dirs = new ConfigDirs(root).env("OS_AUTH_URL", url).env("OS_USERNAME", "u")
                .env("OS_PASSWORD", SECRET).env("OS_PROJECT_NAME", "p");

        CloudsConfig config = dirs.load();

        assertThat(config.names()).doesNotContain(EnvVarsCloud.NAME);
        assertThat(config.findings()).filteredOn(Finding::isError).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("clouds.envvars.auth.auth_url");
            assertThat(f.message()).startsWith("cloud 'envvars' (" + EnvVarsCloud.SOURCE + "): OS_AUTH_URL ")
                    .doesNotContain(SECRET).doesNotContain(url);
            assertThat(f.hint()).contains("http:// or https://");
        });
    }

    static Stream<String> badEnvUrls() {
        return Stream.of("::garbage", "ftp://keystone.example.com/v3", "http://[::1", "keystone:5000");
    }

    @org.junit.jupiter.api.Test
    void osClientConfigFileNamingAFolderOrADeviceSaysSo() throws Exception {
        Path folder = java.nio.file.Files.createDirectory(root.resolve("clouds.d"));
        assertThat(new ConfigDirs(root).env(ConfigLocations.CLIENT_CONFIG_FILE, folder.toString()).load().findings())
                .filteredOn(Finding::isError).singleElement().satisfies(f -> assertThat(f.message())
                        .isEqualTo("OS_CLIENT_CONFIG_FILE is set to " + folder + ", which is a folder, not a file"));
        assertThat(new ConfigDirs(root).env(ConfigLocations.CLIENT_CONFIG_FILE, "/dev/null").load().findings())
                .filteredOn(Finding::isError).singleElement().satisfies(f -> assertThat(f.message())
                        .contains("/dev/null, which is not a regular file"));
    }

    @org.junit.jupiter.api.Test
    void credentialsInTheAuthUrlAreAWarningAndLeftOut() {
        ConfigDirs dirs = new ConfigDirs(root);
        Path file = write(dirs.cwd.resolve("clouds.yaml"), "clouds:\n  lab:\n    auth: {auth_url: 'http://admin:"
                + SECRET + "@10.0.0.5:5000/v3', username: u, password: " + SECRET + ", project_name: p}\n");

        CloudsConfig config = dirs.load();

        assertThat(config.require("lab").auth().authUrl()).isEqualTo("http://10.0.0.5:5000/v3");
        assertThat(config.findings()).singleElement().satisfies(f -> {
            assertThat(f.isError()).isFalse();
            assertThat(f.path()).isEqualTo("clouds.lab.auth.auth_url");
            assertThat(f.message()).startsWith("cloud 'lab' (" + file + "): auth.auth_url holds credentials")
                    .doesNotContain(SECRET);
            assertThat(f.hint()).contains("secure.yaml");
        });
    }
}
