package io.opencenter.installer.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Only one OpenSSH public key line passes; private keys and anything else are refused without being quoted. */
class SshPublicKeyTest {
    static final String ED25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFnrKKRp3F2WP3jhJSpv5hzV4xQGY9mQcQ8a4Yq1GKFs ada@lab";
    static final String SECRET_BODY = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW";

    @TempDir
    Path tmp;

    record Bad(String name, String text, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Bad> bad() {
        return Stream.of(
                new Bad("OpenSSH private key", "-----BEGIN OPENSSH PRIVATE KEY-----\n" + SECRET_BODY
                        + "\n-----END OPENSSH PRIVATE KEY-----\n", "holds a private key"),
                new Bad("PEM RSA private key", "-----BEGIN RSA PRIVATE KEY-----\n" + SECRET_BODY
                        + "\n-----END RSA PRIVATE KEY-----\n", "holds a private key"),
                new Bad("PKCS#8 private key", "-----BEGIN PRIVATE KEY-----\n" + SECRET_BODY + "\n", "holds a private key"),
                new Bad("PuTTY key", "PuTTY-User-Key-File-3: ssh-ed25519\nPrivate-Lines: 1\n" + SECRET_BODY + "\n",
                        "holds a private key"),
                new Bad("empty", "\n\n", "is empty"),
                new Bad("two keys", ED25519 + "\n" + ED25519 + "\n", "holds 2 lines"),
                new Bad("unknown type", "ssh-foo AAAAC3NzaC1lZDI1NTE5AAAAIFnrKKRp3F2WP3jhJSpv5hzV4xQGY9mQcQ8a4Yq1GKFs\n",
                        "does not start with a key type"),
                new Bad("type without data", "ssh-ed25519\n", "does not start with a key type"),
                new Bad("data of another type", "ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIFnrKKRp3F2WP3jhJSpv5hzV4xQGY9mQcQ8a4Yq1GKFs\n",
                        "is not its key data"),
                new Bad("data not base64", "ssh-ed25519 " + SECRET_BODY.replace('A', '*') + "\n", "is not its key data"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void refusedWithoutQuotingTheContent(Bad bad) throws Exception {
        Path file = Files.writeString(tmp.resolve("key"), bad.text());
        assertThat(SshPublicKey.problem(bad.text())).hasValueSatisfying(p -> assertThat(p).contains(bad.says()));
        assertThatThrownBy(() -> SshPublicKey.read(file)).isInstanceOf(SshPublicKey.Refused.class)
                .hasMessageStartingWith(file + " ").hasMessageContaining(bad.says())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET_BODY).doesNotContain("AAAAC3Nza"));
    }

    @Test
    void oneOpenSshPublicKeyLinePasses() throws Exception {
        Path file = Files.writeString(tmp.resolve("id_ed25519.pub"), "# mine\n" + ED25519 + "\n\n");
        assertThat(SshPublicKey.read(file)).isEqualTo("# mine\n" + ED25519);
        assertThat(SshPublicKey.problem(ED25519)).isEmpty();
    }

    @Test
    void validationRefusesAPrivateKeyAtTheFieldAndLeavesAMissingFileToPreflight() throws Exception {
        Path key = Files.writeString(tmp.resolve("id_ed25519"), bad().findFirst().orElseThrow().text());
        ClusterConfig base = ClusterConfigs.sandboxDefault();
        ClusterSpec s = base.spec();
        for (String file : new String[] {key.toString(), tmp.resolve("id_ed25519.pub.txt").toString()}) {
            ClusterConfig c = new ClusterConfig(base.apiVersion(), base.kind(), base.metadata(), new ClusterSpec(
                    s.cloud(), s.kubernetes(), s.network(), s.controlPlane(), s.workerPools(), file, s.platform(),
                    s.provisioning(), s.offline()));
            var findings = new SpecValidator(TestServices.KNOWN).validate(c);
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.path()).isEqualTo("spec.sshPublicKeyFile");
                assertThat(f.message()).doesNotContain(SECRET_BODY);
                if (file.equals(key.toString())) {
                    assertThat(f.isError()).isTrue();
                    assertThat(f.message()).contains(key.toString()).contains("holds a private key");
                    assertThat(f.hint()).contains(".pub");
                } else {
                    assertThat(f.isError()).isFalse(); // not there (yet): the .pub-name warning as before
                }
            });
        }
    }
}
