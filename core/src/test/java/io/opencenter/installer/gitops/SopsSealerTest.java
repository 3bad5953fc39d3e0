package io.opencenter.installer.gitops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opencenter.installer.secrets.AgeIdentity;
import io.opencenter.installer.secrets.Sops;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The install's sealer: SOPS for the cluster's key, the same ciphertext again for an unchanged Secret. */
class SopsSealerTest {
    private static final String PATH = "infrastructure/harbor/secret-harbor-admin.sops.yaml";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T07:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static String secret(String password) {
        return """
                apiVersion: v1
                kind: Secret
                metadata: {name: harbor-admin, namespace: harbor}
                stringData:
                  HARBOR_ADMIN_PASSWORD: %s
                """.formatted(password);
    }

    @Test
    void anUnchangedSecretKeepsItsCiphertextAndAChangedOneIsSealedAnew() throws Exception {
        AgeIdentity key = AgeIdentity.generate();
        Path kept = dir.resolve("sealed");
        String first = new SopsSealer(key, kept, CLOCK).seal(PATH, secret("pw-one"));
        // a new sealer (a later install run) with the same key gives the same bytes back
        String again = new SopsSealer(key, kept, CLOCK).seal(PATH, secret("pw-one"));
        assertThat(again).isEqualTo(first);
        String changed = new SopsSealer(key, kept, CLOCK).seal(PATH, secret("pw-two"));
        assertThat(changed).isNotEqualTo(first).doesNotContain("pw-two");
        assertThat(Sops.decrypt(changed, List.of(key))).contains("pw-two");
        assertThat(Files.readString(kept.resolve(PATH))).isEqualTo(changed);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept.resolve(PATH))))
                .isEqualTo("rw-------");
    }

    @Test
    void anotherKeyCannotReuseTheKeptCopy() {
        Path kept = dir.resolve("sealed");
        String first = new SopsSealer(AgeIdentity.generate(), kept, CLOCK).seal(PATH, secret("pw"));
        AgeIdentity other = AgeIdentity.generate();
        String second = new SopsSealer(other, kept, CLOCK).seal(PATH, secret("pw"));
        assertThat(second).isNotEqualTo(first);
        assertThat(Sops.decrypt(second, List.of(other))).contains("pw");
    }

    @Test
    void aPathOutsideTheRepositoryIsRefused() {
        SopsSealer sealer = new SopsSealer(AgeIdentity.generate(), dir.resolve("sealed"), CLOCK);
        assertThatThrownBy(() -> sealer.seal("../escape.sops.yaml", secret("pw")))
                .hasMessageContaining("leaves the repository");
    }

    @Test
    void theSopsConfigCoversEverySealedFileForTheClustersRecipient() {
        AgeIdentity key = AgeIdentity.generate();
        String config = new SopsSealer(key, dir, CLOCK).sopsConfig();
        assertThat(config).contains(key.recipient().encoded()).contains(SopsSealer.ENCRYPTED_REGEX.replace("\\", ""))
                .contains("sops");
        assertThat(PATH).containsPattern(SopsSealer.PATH_REGEX);
    }
}
