package io.opencenter.installer.workspace;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A rolling file appender whose active file is owner-only (0600 on POSIX) from the moment it exists: Logback
 * opens it with the process umask, which would leave a log of cloud names and addresses readable by others. A
 * roll renames the active file, so rolled files keep the mode; archives are never compressed (a compressor would
 * write new files with the umask again).
 */
final class OwnerOnlyRollingAppender extends RollingFileAppender<ILoggingEvent> {
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    @Override
    public void openFile(String fileName) throws IOException {
        createOwnerOnly(Path.of(fileName));
        super.openFile(fileName);
    }

    /** Creates the file 0600, or takes a file that exists to 0600. */
    static void createOwnerOnly(Path file) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (Files.notExists(file)) {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } else if (posix) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }
}
