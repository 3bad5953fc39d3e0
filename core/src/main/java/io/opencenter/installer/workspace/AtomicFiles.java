package io.opencenter.installer.workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file's content through a temporary file in the same directory and a rename, so a crash or a full
 * disk never leaves a half-written file. The temporary file is created owner-only (0600 on POSIX) from the
 * start, so content that holds a secret is never readable by others, not even for a moment.
 */
public final class AtomicFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AtomicFiles() {}

    /** Writes the content of a replaced file; may throw what writing throws. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * @param target the file to replace; its directory must exist
     * @param mode   the final POSIX mode, or null for owner-only (ignored where POSIX modes do not exist)
     */
    public static void replace(Path target, String text, Set<PosixFilePermission> mode) throws IOException {
        replace(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)), mode);
    }

    /** Same, for content too big to hold as one string (a zip): {@code content} writes it to the temporary file. */
    public static void replace(Path target, Content content, Set<PosixFilePermission> mode) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp", attrs);
        try {
            if (posix && mode != null) {
                Files.setPosixFilePermissions(temp, mode);
            }
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
