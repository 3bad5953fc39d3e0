package io.opencenter.installer.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void newFileIsOwnerOnlyAndNoTemporaryFileRemains() throws Exception {
        Path file = dir.resolve("secure.yaml");
        AtomicFiles.replace(file, "secret: x\n", null);
        assertThat(Files.readString(file)).isEqualTo("secret: x\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void replacesContentAndAppliesTheGivenMode() throws Exception {
        Path file = dir.resolve("clouds.yaml");
        Files.writeString(file, "old");
        AtomicFiles.replace(file, "new", PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }
}
