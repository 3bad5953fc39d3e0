package io.opencenter.installer.secrets;

import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.Folders;
import io.opencenter.installer.workspace.TextFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the cluster's age identity in the workspace ({@link ClusterFiles#ageKey()}, {@code sops/age.agekey}), the
 * key its SOPS secrets are encrypted to: made once, then read back on every later run. The file is written as
 * age-keygen writes one ({@code # created:}, {@code # public key:}, the secret key line), so {@code age -d -i} and
 * sops's {@code SOPS_AGE_KEY_FILE} read it as it is; 0600 in a 0700 folder.
 *
 * <p>A new key is written to a temporary file beside it and linked into place in one step, which fails when another
 * run put its key there first (that one is then the cluster's): a killed run leaves no half file. A key file that is
 * there but damaged is an error naming the file; it is never made anew silently, since the cluster's repository
 * holds secrets only that key opens.
 */
public final class AgeKeyStore {
    private static final Logger LOG = LoggerFactory.getLogger(AgeKeyStore.class);
    /** age-keygen's file is about 190 bytes; anything far larger is not a key file. */
    private static final int MAX_FILE_BYTES = 16 * 1024;
    private static final String PUBLIC_KEY_COMMENT = "# public key: ";
    private static final String TEMP_PREFIX = "." + ClusterFiles.AGE_KEY + "-";
    private static final String TEMP_SUFFIX = ".tmp";

    private AgeKeyStore() {}

    /**
     * The cluster's age identity: the kept one when there is one, else a new one, kept before it is returned.
     *
     * @param clusterDir the cluster's workspace folder ({@link ClusterFiles#dir()})
     * @throws AgeException when the kept key file is damaged (the message names the file and what to do)
     * @throws IOException  when the workspace cannot be read or written
     */
    public static AgeIdentity loadOrCreate(Path clusterDir) throws IOException {
        ClusterFiles files = new ClusterFiles(clusterDir);
        Path file = files.ageKey();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return load(file);
        }
        Folders.create(files.sops());
        removeLeftovers(files.sops());
        AgeIdentity identity = AgeIdentity.generate();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rw-------"))}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(files.sops(), TEMP_PREFIX, TEMP_SUFFIX, ownerOnly);
        try {
            Files.writeString(temp, keyFile(identity, OffsetDateTime.now()), StandardCharsets.US_ASCII);
            try {
                Files.createLink(file, temp); // fails when the name exists: never replaces a kept key
            } catch (UnsupportedOperationException e) {
                Files.move(temp, file); // no hard links here: refuses an existing file too, though not atomically
            }
        } catch (FileAlreadyExistsException e) {
            return load(file); // another run kept its key first: that one is the cluster's
        } finally {
            Files.deleteIfExists(temp);
        }
        LOG.info("made the cluster's age key {} (public key {})", file, identity.recipient().encoded());
        return identity;
    }

    /**
     * The age identity kept in {@code file} (age-keygen's format: comment lines, then one secret key line).
     *
     * @throws AgeException when it is missing or damaged (the message names the file and what to do)
     */
    public static AgeIdentity load(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw damaged(file, "is missing");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw damaged(file, "is not a regular file");
        }
        String text;
        try {
            text = TextFiles.read(file, MAX_FILE_BYTES);
        } catch (TextFiles.Unreadable e) {
            throw damaged(file, "is not an age key file (larger than " + MAX_FILE_BYTES / 1024 + " KB, or not text)");
        }
        List<String> keys = new ArrayList<>();
        String publicKey = null;
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.startsWith(PUBLIC_KEY_COMMENT)) {
                publicKey = line.substring(PUBLIC_KEY_COMMENT.length()).strip();
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                keys.add(line);
            }
        }
        if (keys.size() != 1) {
            throw damaged(file, keys.isEmpty() ? "holds no secret key line" : "holds " + keys.size()
                    + " key lines, not one");
        }
        AgeIdentity identity;
        try {
            identity = AgeIdentity.parse(keys.get(0));
        } catch (AgeException e) {
            throw damaged(file, "does not hold a valid key (" + e.getMessage() + ")");
        }
        if (publicKey != null && !publicKey.equals(identity.recipient().encoded())) {
            throw damaged(file, "has a '# public key:' line that does not belong to its secret key");
        }
        return identity;
    }

    /**
     * Deletes the cluster's age key once the cluster is destroyed (and its {@code sops/} folder when nothing else is
     * left in it): a new cluster of the same name gets a new key.
     */
    public static void forget(Path clusterDir) throws IOException {
        ClusterFiles files = new ClusterFiles(clusterDir);
        Files.deleteIfExists(files.ageKey());
        if (Files.isDirectory(files.sops(), LinkOption.NOFOLLOW_LINKS)) {
            removeLeftovers(files.sops());
            try {
                Files.deleteIfExists(files.sops());
            } catch (DirectoryNotEmptyException e) {
                // other files of the cluster's SOPS setup: not the key store's to delete
            }
        }
    }

    /** age-keygen's format, so the file works with {@code age -d -i} as it is. */
    static String keyFile(AgeIdentity identity, OffsetDateTime created) {
        return "# created: " + created.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + "\n" + PUBLIC_KEY_COMMENT + identity.recipient().encoded() + "\n" + identity.encoded() + "\n";
    }

    /** Temporary files of a run killed while writing; their key was never used (it was not yet in place). */
    private static void removeLeftovers(Path sopsDir) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(sopsDir, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private static AgeException damaged(Path file, String problem) {
        return new AgeException(file + " " + problem + ". The installer does not make a new age key, because the "
                + "cluster's Git repository holds secrets encrypted to this one. Restore " + file + " from a backup "
                + "(or from the cluster's flux-system/sops-age Secret); or, only if nothing was encrypted to it yet, "
                + "delete it and run again to make a new key.");
    }
}
