package io.opencenter.installer.openstack.config;

import static io.opencenter.installer.openstack.config.ConfigDirs.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The wizard's "save these credentials": non-secret part to clouds.yaml, secret to secure.yaml (0600). */
class CloudsYamlWriterTest {
    @TempDir
    Path root;
    ConfigDirs dirs;
    Path clouds;
    Path secure;

    @BeforeEach
    void setUp() {
        dirs = new ConfigDirs(root);
        clouds = dirs.userDir.resolve("clouds.yaml");
        secure = dirs.userDir.resolve("secure.yaml");
    }

    static Stream<CloudProfile> profiles() {
        return Stream.of(
                new CloudProfile("pw", new CloudAuth.Password("https://k:5000/v3", "alice", "Corp",
                        Secret.of("PW-7#x: 'q"), "demo", null, "Default"),
                        "RegionOne", "internal", Path.of("/etc/ssl/ca.pem"), false, "wizard"),
                new CloudProfile("pw-by-id", new CloudAuth.Password("https://k:5000/v3", "bob", "Default",
                        Secret.of("123456"), null, "0042", null), null, null, null, true, "wizard"),
                new CloudProfile("ac", new CloudAuth.ApplicationCredential("https://k:5000/v3", "ac-id", null, null,
                        null, Secret.of("*starts-with-star")), "RegionOne", null, null, false, "wizard"),
                new CloudProfile("ac-by-name", new CloudAuth.ApplicationCredential("https://k:5000/v3", null,
                        "installer", "alice", "Default", Secret.of("sec")), null, null, null, false, "wizard"),
                new CloudProfile("tk", new CloudAuth.Token("https://k:5000/v3", Secret.of("gAAAA-tok"), "demo", null,
                        "Default"), "RegionOne", "public", null, false, "wizard"));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void roundTripGivesTheSameProfile(CloudProfile profile) throws IOException {
        CloudsYamlWriter.save(profile, clouds, secure);

        CloudsConfig config = dirs.load();

        assertThat(config.findings()).allSatisfy(f -> assertThat(f.isError()).isFalse());
        CloudProfile loaded = config.require(profile.name());
        assertThat(loaded.source()).isEqualTo(clouds.toString());
        assertThat(loaded).usingRecursiveComparison()
                .ignoringFields("source")
                .withEqualsForType((a, b) -> new String(a.reveal()).equals(new String(b.reveal())), Secret.class)
                .isEqualTo(profile);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void theSecretGoesOnlyToSecureYaml(CloudProfile profile) throws IOException {
        CloudsYamlWriter.save(profile, clouds, secure);

        String secret = new String(secretOf(profile.auth()).reveal());
        assertThat(Files.readString(clouds)).doesNotContain(secret);
        Map<String, Map<String, Map<String, Map<String, Object>>>> doc =
                new org.yaml.snakeyaml.Yaml().load(Files.readString(secure));
        assertThat(doc.get("clouds").get(profile.name()).get("auth").values()).containsExactly(secret);
    }

    private static Secret secretOf(CloudAuth auth) {
        if (auth instanceof CloudAuth.Password p) {
            return p.password();
        }
        if (auth instanceof CloudAuth.ApplicationCredential a) {
            return a.secret();
        }
        return ((CloudAuth.Token) auth).token();
    }

    @Test
    void filesAreOwnerOnlyAndTheDirectoryIsCreated() throws IOException {
        CloudsYamlWriter.save(profiles().findFirst().orElseThrow(), clouds, secure);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secure))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(clouds))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dirs.userDir)))
                .isEqualTo("rwx------");
        try (Stream<Path> left = Files.list(dirs.userDir)) {
            assertThat(left).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("clouds.yaml", "secure.yaml");
        }
    }

    @Test
    void anExistingLooseSecureYamlBecomesOwnerOnlyAndCloudsYamlKeepsItsMode() throws IOException {
        write(secure, "clouds: {}\n");
        Files.setPosixFilePermissions(secure, PosixFilePermissions.fromString("rw-r--r--"));
        write(clouds, "clouds: {}\n");
        Files.setPosixFilePermissions(clouds, PosixFilePermissions.fromString("rw-r-----"));

        CloudsYamlWriter.save(profiles().findFirst().orElseThrow(), clouds, secure);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secure))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(clouds))).isEqualTo("rw-r-----");
    }

    @Test
    void otherCloudsAndOtherSectionsArePreserved() throws IOException {
        write(clouds, """
                cache:
                  expiration_time: 60
                clouds:
                  other:
                    auth: {auth_url: 'http://o:5000/v3', username: o, project_name: op}
                    region_name: Far
                """);
        write(secure, "clouds:\n  other:\n    auth:\n      password: other-pw\n");

        CloudsYamlWriter.save(profiles().findFirst().orElseThrow(), clouds, secure);

        CloudsConfig config = dirs.load();
        assertThat(config.names()).containsExactly("other", "pw");
        assertThat(config.require("other").regionName()).isEqualTo("Far");
        assertThat(new String(((CloudAuth.Password) config.require("other").auth()).password().reveal()))
                .isEqualTo("other-pw");
        assertThat(Files.readString(clouds)).contains("expiration_time: 60");
    }

    @Test
    void savingUnderAnExistingNameReplacesTheEntryAndDropsAnOldInlinePassword() throws IOException {
        write(clouds, """
                clouds:
                  pw:
                    auth: {auth_url: 'http://old:5000/v3', username: old, password: OLD-inline, project_name: p,
                           user_domain_id: default}
                """);

        CloudsYamlWriter.save(profiles().findFirst().orElseThrow(), clouds, secure);

        String text = Files.readString(clouds);
        assertThat(text).doesNotContain("OLD-inline").doesNotContain("old:5000").doesNotContain("user_domain_id");
        assertThat(dirs.load().require("pw").auth().authUrl()).isEqualTo("https://k:5000/v3");
    }

    @Test
    void aMalformedExistingFileIsLeftAloneAndNothingIsWritten() throws IOException {
        String broken = "clouds:\n  x: [\n";
        write(secure, broken);

        assertThatThrownBy(() -> CloudsYamlWriter.save(profiles().findFirst().orElseThrow(), clouds, secure))
                .isInstanceOfSatisfying(OpenStackException.class,
                        e -> assertThat(e.kind()).isEqualTo(OpenStackException.Kind.CONFIG))
                .hasMessageContaining(secure.toString())
                .hasMessageContaining("line ");
        assertThat(Files.readString(secure)).isEqualTo(broken);
        assertThat(clouds).doesNotExist();
    }

    @Test
    void insecureIsWrittenAsVerifyFalse() throws IOException {
        CloudProfile byId = profiles().skip(1).findFirst().orElseThrow();

        CloudsYamlWriter.save(byId, clouds, secure);

        Map<String, Map<String, Map<String, Object>>> doc = new org.yaml.snakeyaml.Yaml().load(Files.readString(clouds));
        assertThat(doc.get("clouds").get("pw-by-id")).containsEntry("verify", false)
                .containsEntry("auth_type", "password");
    }
}
