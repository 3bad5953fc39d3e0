package io.opencenter.installer.openstack.config;

import io.opencenter.installer.workspace.AtomicFiles;
import io.opencenter.installer.workspace.Folders;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes config files through a temporary file and a rename. The temporary file is created with mode 0600, so
 * the secret is never readable by others, not even between create and chmod; new directories get 0700 (workspace Folders).
 */
final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {}

    /**
     * @param secret true: the result is 0600 even if the file existed with a looser mode; false: an existing
     *               file keeps its mode (a new one is 0600 too: clouds.yaml often holds other clouds' passwords)
     */
    static void write(Path file, String text, boolean secret) throws IOException {
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
        Path dir = target.getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Folders.create(dir);
        // a secret file ends owner-only even if it was looser; another file keeps the mode it had
        Set<PosixFilePermission> mode = posix && !secret && Files.exists(target)
                ? Files.getPosixFilePermissions(target) : null;
        AtomicFiles.replace(target, text, mode);
    }
}
