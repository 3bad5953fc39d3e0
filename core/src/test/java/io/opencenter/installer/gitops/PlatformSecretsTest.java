package io.opencenter.installer.gitops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform credentials: made once, kept owner-only, reused, a damaged file refused by name. */
class PlatformSecretsTest {

    @Test
    void madeOnceKeptOwnerOnlyAndReused(@TempDir Path dir) throws Exception {
        Path cluster = dir.resolve("clusters/demo");
        PlatformSecrets first = PlatformSecrets.loadOrCreate(cluster);
        Path file = PlatformSecrets.file(cluster);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cluster))).isEqualTo("rwx------");
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing.toList()).containsExactly(file);   // no temporary file left
        }
        PlatformSecrets again = PlatformSecrets.loadOrCreate(cluster);
        assertThat(again.values()).isEqualTo(first.values()).hasSize(5).doesNotHaveDuplicates()
                .allSatisfy(v -> assertThat(v).matches("[A-Za-z0-9]{16,}"));
        assertThat(PlatformSecrets.loadOrCreate(dir.resolve("clusters/other")).values())
                .doesNotContainAnyElementsOf(first.values());
        var config = RepoFixtures.config("openstack", List.of());
        assertThat(again.secretFiles(config, RepoFixtures.CATALOG))
                .isEqualTo(first.secretFiles(config, RepoFixtures.CATALOG));
    }

    @Test
    void toStringAndTheSecretFilesRevealNothing(@TempDir Path dir) {
        PlatformSecrets secrets = PlatformSecrets.loadOrCreate(dir);
        assertThat(secrets.toString()).doesNotContain(secrets.values());
        for (SecretFile f : secrets.secretFiles(RepoFixtures.config("openstack", List.of()), RepoFixtures.CATALOG)) {
            assertThat(f.toString()).doesNotContain(secrets.values());
        }
    }

    @Test
    void aDamagedFileIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        PlatformSecrets.loadOrCreate(dir);
        Path file = PlatformSecrets.file(dir);
        String kept = Files.readString(file);
        Files.writeString(file, kept.substring(0, kept.length() - 10));
        assertThatThrownBy(() -> PlatformSecrets.loadOrCreate(dir)).isInstanceOf(PlatformSecretsException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("line");
        Files.writeString(file, kept.lines().filter(l -> !l.startsWith("harbor-secret-key")).reduce("", (a, b) -> a + b + "\n"));
        assertThatThrownBy(() -> PlatformSecrets.loadOrCreate(dir)).isInstanceOf(PlatformSecretsException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("lacks harbor-secret-key");
        // the message never quotes a value
        String value = kept.lines().filter(l -> l.startsWith("grafana")).findFirst().orElseThrow().split("=")[1];
        Files.writeString(file, "grafana-admin-password=" + value + "!\n");
        assertThatThrownBy(() -> PlatformSecrets.loadOrCreate(dir)).hasMessageNotContaining(value);
    }

    @Test
    void forgetDeletesThemAndTheNextRunMakesNewOnes(@TempDir Path dir) {
        List<String> before = PlatformSecrets.loadOrCreate(dir).values();
        PlatformSecrets.forget(dir);
        assertThat(dir.resolve(PlatformSecrets.FOLDER)).doesNotExist();
        assertThat(PlatformSecrets.loadOrCreate(dir).values()).doesNotContainAnyElementsOf(before);
    }
}
