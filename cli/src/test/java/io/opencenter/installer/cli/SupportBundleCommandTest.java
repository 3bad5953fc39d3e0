package io.opencenter.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportBundleCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheBundleAndListsItsEntries() throws IOException {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws.resolve("logs"));
        Files.writeString(ws.resolve("logs").resolve("installer.log"), "INFO token=abcdefgh1234\n");
        Path zip = dir.resolve("support.zip");

        ValidateCommandTest.Run r = ValidateCommandTest.run("--workspace", ws.toString(), "support-bundle", "-o",
                zip.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(zip).isRegularFile();
        // at least the token; values other tests remembered as secrets may be masked too (the registry is global)
        assertThat(r.out()).containsPattern("^wrote \\Q" + zip.toAbsolutePath()
                + "\\E \\(3 entries, [1-9]\\d* value\\(s\\) masked\\)\n")
                .contains("  logs/installer.log\n", "  versions.txt\n", "  manifest.txt\n");
    }

    @Test
    void aFolderThatDoesNotExistIsCreatedOwnerOnlyAsDiagramDoes() throws IOException {
        Path zip = dir.resolve("missing").resolve("support.zip");

        ValidateCommandTest.Run r = ValidateCommandTest.run("--workspace", dir.resolve("ws").toString(),
                "support-bundle", "-o", zip.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(zip).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void aFileWhereAFolderShouldBeIsExitOneSayingSo() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        Path zip = file.resolve("support.zip");

        ValidateCommandTest.Run r = ValidateCommandTest.run("--workspace", dir.resolve("ws").toString(),
                "support-bundle", "-o", zip.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("error: cannot write the support bundle " + zip)
                .contains(file + " is a file, not a folder").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void theOutputFileIsRequired() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("--workspace", dir.resolve("ws").toString(),
                "support-bundle");

        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("Missing required option: '--out=FILE'");
    }
}
