package io.opencenter.installer.bootstrap.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.Folders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PKI is made once per cluster and read back afterwards (a resumed install must not hand the nodes a new CA);
 * the store is owner-only; a damaged store is an error naming the file, never silently made anew, and no error text
 * carries a key or the token.
 */
class PkiStoreTest {
    @TempDir
    Path workspace;
    ClusterFiles files;

    @BeforeEach
    void cluster() {
        files = new ClusterFiles(workspace.resolve("clusters/demo"));
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void madeOnceThenReadBack() throws Exception {
        assertThat(PkiStore.exists(files)).isFalse();
        ClusterPki first = PkiStore.loadOrCreate(files, "demo");
        assertThat(PkiStore.exists(files)).isTrue();
        String caOnDisk = Files.readString(files.pki().resolve("ca.crt"));

        ClusterPki second = PkiStore.loadOrCreate(files, "demo");
        assertThat(second.clusterCa()).isEqualTo(first.clusterCa());
        assertThat(second.frontProxyCa()).isEqualTo(first.frontProxyCa());
        assertThat(second.etcdCa()).isEqualTo(first.etcdCa());
        assertThat(second.admin()).isEqualTo(first.admin());
        assertThat(second.serviceAccountPrivatePem()).isEqualTo(first.serviceAccountPrivatePem());
        assertThat(second.serviceAccountPublicPem()).isEqualTo(first.serviceAccountPublicPem());
        assertThat(second.bootstrapToken()).isEqualTo(first.bootstrapToken());
        assertThat(second.discoveryHash()).isEqualTo(first.discoveryHash());
        assertThat(Files.readString(files.pki().resolve("ca.crt"))).isEqualTo(caOnDisk);
    }

    @Test
    void keysAndTokenAreOwnerOnlyInOwnerOnlyFolders() throws Exception {
        PkiStore.loadOrCreate(files, "demo");
        Path pki = files.pki();
        assertThat(mode(pki)).isEqualTo("rwx------");
        assertThat(mode(pki.resolve("etcd"))).isEqualTo("rwx------");
        for (String secret : List.of("ca.key", "front-proxy-ca.key", "etcd/ca.key", "sa.key", "admin.key",
                "bootstrap-token")) {
            assertThat(mode(pki.resolve(secret))).as(secret).isEqualTo("rw-------");
        }
        for (String open : List.of("ca.crt", "front-proxy-ca.crt", "etcd/ca.crt", "sa.pub", "admin.crt")) {
            assertThat(mode(pki.resolve(open))).as(open).isEqualTo("rw-r--r--");
        }
        try (Stream<Path> all = Files.walk(pki)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> pki.relativize(p).toString()).sorted())
                    .containsExactly("admin.crt", "admin.key", "bootstrap-token", "ca.crt", "ca.key", "etcd/ca.crt",
                            "etcd/ca.key", "front-proxy-ca.crt", "front-proxy-ca.key", "sa.key", "sa.pub");
        }
        // nothing left beside it from the temporary folder it was written in
        try (Stream<Path> beside = Files.list(files.dir())) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("pki");
        }
    }

    @Test
    void aMissingFileIsAnErrorNamingItAndTheStoreIsNotMadeAnew() throws Exception {
        ClusterPki pki = PkiStore.loadOrCreate(files, "demo");
        String ca = Files.readString(files.pki().resolve("ca.crt"));
        Files.delete(files.pki().resolve("ca.key"));
        assertThatThrownBy(() -> PkiStore.loadOrCreate(files, "demo"))
                .isInstanceOf(PkiStoreException.class)
                .hasMessageStartingWith(files.pki().resolve("ca.key") + " is missing. The PKI of cluster \"demo\" in "
                        + files.pki() + " is damaged")
                .hasMessageContaining("Restore " + files.pki() + " from a backup")
                .satisfies(e -> assertThat(((PkiStoreException) e).file()).isEqualTo(files.pki().resolve("ca.key")))
                .satisfies(e -> assertNoSecret(e.getMessage(), pki));
        assertThat(Files.readString(files.pki().resolve("ca.crt"))).as("not regenerated").isEqualTo(ca);
        assertThat(files.pki().resolve("ca.key")).doesNotExist();
    }

    @Test
    void filesThatDoNotFitTogetherAreErrorsNamingTheFile() throws Exception {
        ClusterPki pki = PkiStore.loadOrCreate(files, "demo");
        Path dir = files.pki();
        ClusterPki other = PkiGenerator.generate("demo", Instant.now());

        // a key from another pair: the store must not hand out a CA it cannot sign with
        expectDamaged(dir, "etcd/ca.key", other.etcdCa().keyPem(), "is not the key of etcd/ca.crt", pki);
        expectDamaged(dir, "sa.key", other.serviceAccountPrivatePem(), "is not the key of sa.pub", pki);
        // an admin certificate another CA signed (with its own key, so only the signature gives it away)
        Files.writeString(dir.resolve("admin.key"), other.admin().keyPem());
        expectDamaged(dir, "admin.crt", other.admin().certPem(), "is not signed by ca.crt", pki);
        // a leaf where a CA belongs
        expectDamaged(dir, "front-proxy-ca.crt", pki.admin().certPem(), "is not a CA certificate", pki);
        expectDamaged(dir, "ca.crt", "garbage\n", "is not PEM", pki);
        expectDamaged(dir, "ca.key", pki.clusterCa().certPem(), "is not an unencrypted private key in PEM", pki);
        expectDamaged(dir, "bootstrap-token", "ABCDEF.0123456789abcdef\n", "does not hold a bootstrap token", pki);
        expectDamaged(dir, "sa.pub", "", "is empty", pki);
    }

    @Test
    void anEmptyStoreFolderIsDamagedNotNew() throws Exception {
        Folders.create(files.pki());
        assertThat(PkiStore.exists(files)).isTrue();
        assertThatThrownBy(() -> PkiStore.loadOrCreate(files, "demo")).isInstanceOf(PkiStoreException.class)
                .hasMessageStartingWith(files.pki().resolve("ca.crt") + " is missing");
    }

    @Test
    void theLeftoverOfAKilledRunIsRemovedBeforeANewPkiIsMade() throws Exception {
        Path leftover = Folders.create(files.dir().resolve(".pki-0123.tmp"));
        Files.writeString(leftover.resolve("ca.key"), "half written");
        PkiStore.loadOrCreate(files, "demo");
        assertThat(leftover).doesNotExist();
    }

    /** Replaces one file of the store (then puts the original back) and expects the store to name it. */
    private static void expectDamaged(Path dir, String file, String content, String problem, ClusterPki pki)
            throws Exception {
        Path path = dir.resolve(file);
        String original = Files.readString(path);
        Files.writeString(path, content);
        try {
            ClusterFiles files = new ClusterFiles(dir.getParent());
            assertThatThrownBy(() -> PkiStore.loadOrCreate(files, "demo"))
                    .as(file)
                    .isInstanceOf(PkiStoreException.class)
                    .hasMessageStartingWith(path + " " + problem)
                    .satisfies(e -> assertNoSecret(e.getMessage(), pki))
                    .satisfies(e -> assertNoSecret(String.valueOf(e.getCause()), pki));
        } finally {
            Files.writeString(path, original);
        }
        if (file.equals("admin.crt")) {
            Files.writeString(dir.resolve("admin.key"), pki.admin().keyPem());
        }
    }

    static void assertNoSecret(String text, ClusterPki pki) {
        String tokenSecret = pki.bootstrapToken().substring(7);
        assertThat(text).doesNotContain("PRIVATE KEY").doesNotContain(tokenSecret)
                .doesNotContain(pki.bootstrapToken());
        for (KeyAndCert k : List.of(pki.clusterCa(), pki.frontProxyCa(), pki.etcdCa(), pki.admin())) {
            assertThat(text).doesNotContain(k.keyPem().lines().skip(1).findFirst().orElseThrow());
        }
    }
}
