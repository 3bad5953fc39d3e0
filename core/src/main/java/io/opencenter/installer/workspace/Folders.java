package io.opencenter.installer.workspace;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one place the installer creates folders. Every folder it creates is owner-only (0700 on POSIX) whatever the
 * umask: the mode is set after each {@code mkdir}, because the mode given to {@code mkdir} is filtered by the
 * umask. Folders that already exist keep their mode (a user's own output folder is not ours to change).
 */
public final class Folders {
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    /** The reason of the exception thrown when a folder to create, or one above it, is a file. */
    public static final String NOT_A_FOLDER = "is a file, not a folder";

    private Folders() {}

    /**
     * Creates {@code dir} and each missing folder above it, each 0700; returns {@code dir}.
     *
     * @throws FileAlreadyExistsException (an IOException) when {@code dir} or a folder above it is a file
     */
    public static Path create(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.isDirectory(p); p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(p.toString(), null, NOT_A_FOLDER);
            }
            missing.push(p);
        }
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        for (Path p : missing) {
            try {
                Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(p)) {
                    throw e;
                }
                continue; // made by someone else in the meantime: not ours to change
            }
            if (posix) {
                Files.setPosixFilePermissions(p, OWNER_ONLY);
            }
        }
        return dir;
    }

    /** {@link #create} for the folder {@code file} goes in (nothing when it has none). */
    public static Path createParentOf(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            create(parent);
        }
        return file;
    }

    /** Deletes a folder and everything in it (links are deleted, not followed); nothing when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
