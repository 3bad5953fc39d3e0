package io.opencenter.installer.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every folder the installer creates is 0700. The test's umask (typically 022) would give 0755 to a plain
 * {@code mkdir}, and even a mode given to {@code mkdir} is filtered by it; so each folder of a chain is checked.
 */
class FoldersTest {

    static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void everyFolderOfAChainIsOwnerOnly(@TempDir Path tmp) throws Exception {
        Path deep = tmp.resolve("a/b/c");
        assertThat(Folders.create(deep)).isEqualTo(deep);
        for (Path p : new Path[] {tmp.resolve("a"), tmp.resolve("a/b"), deep}) {
            assertThat(mode(p)).as(p.toString()).isEqualTo("rwx------");
        }
    }

    @Test
    void aFolderThatExistsKeepsItsMode(@TempDir Path tmp) throws Exception {
        Path mine = Files.createDirectory(tmp.resolve("mine"));
        Files.setPosixFilePermissions(mine, PosixFilePermissions.fromString("rwxr-xr-x"));
        Folders.createParentOf(mine.resolve("sub/out.svg"));
        assertThat(mode(mine)).isEqualTo("rwxr-xr-x");
        assertThat(mode(mine.resolve("sub"))).isEqualTo("rwx------");
    }

    @Test
    void aFileInTheWayIsNamed(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        assertThatThrownBy(() -> Folders.create(file.resolve("sub")))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("is a file, not a folder");
    }
}
