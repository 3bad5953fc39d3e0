package io.opencenter.installer.bootstrap.pki;

import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.Folders;
import io.opencenter.installer.workspace.SecretValues;
import io.opencenter.installer.workspace.TextFiles;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a cluster's {@link ClusterPki} in the workspace ({@link ClusterFiles#pki()}, laid out as {@link PkiFile}
 * says): made once, then read back on every later run, so a resumed install hands the nodes the CA the first
 * servers already trust. The folder is 0700, keys and the token 0600.
 *
 * <p>A new PKI is written into a temporary folder beside it and renamed into place in one step: a run killed while
 * writing leaves no half store (only a temporary folder, removed by the next run). A store that is there but damaged
 * is an error naming the file ({@link PkiStoreException}); it is never made anew silently.
 */
public final class PkiStore {
    private static final Logger LOG = LoggerFactory.getLogger(PkiStore.class);
    /** A PKI file is a few KB; anything far larger is not ours. */
    private static final int MAX_FILE_BYTES = 64 * 1024;
    private static final String TEMP_PREFIX = ".pki-";
    private static final String TEMP_SUFFIX = ".tmp";

    private PkiStore() {}

    /** Whether the cluster has a kept PKI (possibly damaged: {@link #loadOrCreate} says). */
    public static boolean exists(ClusterFiles files) {
        return Files.exists(files.pki(), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The cluster's PKI: the kept one when there is one, else a new one, kept before it is returned.
     *
     * @throws PkiStoreException when the kept PKI is damaged (the message names the file and what to do)
     * @throws IOException       when the workspace cannot be read or written
     */
    public static ClusterPki loadOrCreate(ClusterFiles files, String clusterName) throws IOException {
        if (exists(files)) {
            return load(files, clusterName);
        }
        Folders.create(files.dir());
        removeLeftovers(files.dir());
        long started = System.nanoTime();
        ClusterPki pki = PkiGenerator.generate(clusterName, Instant.now());
        long generatedMs = (System.nanoTime() - started) / 1_000_000;
        Path temp = files.dir().resolve(TEMP_PREFIX + HexFormat.of().toHexDigits(ThreadLocalRandom.current()
                .nextLong()) + TEMP_SUFFIX);
        try {
            Folders.create(temp);
            for (PkiFile file : PkiFile.values()) {
                file.write(pki, temp);
            }
            Files.move(temp, files.pki(), StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // another process kept its PKI first: that one is the cluster's
            return load(files, clusterName);
        } finally {
            Folders.deleteTree(temp);
        }
        SecretValues.remember(pki.bootstrapToken());
        LOG.info("cluster {}: made its PKI in {} ({} ms to generate; CA pin {})", clusterName, files.pki(),
                generatedMs, pki.discoveryHash());
        return pki;
    }

    /**
     * The kept PKI.
     *
     * @throws PkiStoreException when it is missing or damaged (the message names the file and what to do)
     */
    public static ClusterPki load(ClusterFiles files, String clusterName) throws IOException {
        Path dir = files.pki();
        Map<PkiFile, String> text = new EnumMap<>(PkiFile.class);
        for (PkiFile file : PkiFile.values()) {
            text.put(file, read(clusterName, dir, file));
        }
        try {
            PkiCheck.check(text);
        } catch (PkiCheck.Problem p) {
            throw new PkiStoreException(clusterName, dir, p.file.in(dir), p.getMessage());
        }
        ClusterPki pki = new ClusterPki(
                new KeyAndCert(text.get(PkiFile.CA_CERT), text.get(PkiFile.CA_KEY)),
                new KeyAndCert(text.get(PkiFile.FRONT_PROXY_CA_CERT), text.get(PkiFile.FRONT_PROXY_CA_KEY)),
                new KeyAndCert(text.get(PkiFile.ETCD_CA_CERT), text.get(PkiFile.ETCD_CA_KEY)),
                text.get(PkiFile.SA_PUB), text.get(PkiFile.SA_KEY),
                new KeyAndCert(text.get(PkiFile.ADMIN_CERT), text.get(PkiFile.ADMIN_KEY)),
                text.get(PkiFile.BOOTSTRAP_TOKEN).strip());
        SecretValues.remember(pki.bootstrapToken());
        return pki;
    }

    private static String read(String clusterName, Path dir, PkiFile file) throws IOException {
        Path path = file.in(dir);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new PkiStoreException(clusterName, dir, path, "is missing");
        }
        if (!Files.isRegularFile(path)) {
            throw new PkiStoreException(clusterName, dir, path, "is not a regular file");
        }
        String text;
        try {
            text = TextFiles.read(path, MAX_FILE_BYTES);
        } catch (TextFiles.Unreadable e) {
            throw new PkiStoreException(clusterName, dir, path, "is not a PKI file (larger than "
                    + MAX_FILE_BYTES / 1024 + " KB, or not text)");
        }
        if (text.isBlank()) {
            throw new PkiStoreException(clusterName, dir, path, "is empty");
        }
        return text;
    }

    /**
     * Deletes the cluster's PKI and its admin kubeconfig, once the cluster is destroyed: nothing trusts that CA any
     * more, and a new cluster of the same name must get a new one.
     */
    public static void forget(ClusterFiles files) throws IOException {
        Folders.deleteTree(files.pki());
        Files.deleteIfExists(files.kubeconfig());
    }

    /** Temporary folders of a run killed while writing; their PKI was never used (it was not yet in place). */
    private static void removeLeftovers(Path clusterDir) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(clusterDir, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path leftover : leftovers) {
                Folders.deleteTree(leftover);
            }
        }
    }

}
