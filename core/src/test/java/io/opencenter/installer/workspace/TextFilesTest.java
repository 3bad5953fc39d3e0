package io.opencenter.installer.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of file that is not sane text is a sentence naming the file, before any parser sees it. */
class TextFilesTest {
    @TempDir
    Path tmp;

    @Test
    void textIsReadAsIs() throws Exception {
        Path f = Files.writeString(tmp.resolve("ok.yaml"), "a: \"é\"\r\n\tb: 1\n", StandardCharsets.UTF_8);
        assertThat(TextFiles.read(f)).isEqualTo("a: \"é\"\r\n\tb: 1\n");
    }

    @Test
    void aFolderIsAFolder() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("dir.yaml"));
        assertThatThrownBy(() -> TextFiles.read(dir)).isInstanceOf(TextFiles.Unreadable.class)
                .hasMessage(dir + " is a folder, not a file");
    }

    @Test
    void aFifoIsNotARegularFileAndIsNotOpened() throws Exception {
        Path fifo = tmp.resolve("fifo.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
        // opening a FIFO without a writer would block: the check comes first
        assertThatThrownBy(() -> TextFiles.read(fifo)).isInstanceOf(TextFiles.Unreadable.class)
                .hasMessage(fifo + " is not a regular file (a device, FIFO or socket); give a file");
        Path device = Path.of("/dev/null");
        assertThatThrownBy(() -> TextFiles.read(device)).hasMessageContaining("/dev/null is not a regular file");
    }

    @Test
    void aLargeFileIsRefusedBeforeItIsRead() throws Exception {
        Path big = tmp.resolve("big.yaml");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'a'}), 50L * 1024 * 1024 - 1); // sparse 50 MB
        }
        assertThatThrownBy(() -> TextFiles.read(big)).isInstanceOf(TextFiles.Unreadable.class)
                .hasMessage(big + ": file too large (50 MB, limit 4 MB)");
        Path justOver = Files.write(tmp.resolve("over.yaml"), new byte[TextFiles.MAX_BYTES + 1]);
        assertThatThrownBy(() -> TextFiles.read(justOver)).hasMessageEndingWith("file too large (4.1 MB, limit 4 MB)");
    }

    @Test
    void notUtf8IsSaidWithTheLine() throws Exception {
        Path latin1 = Files.write(tmp.resolve("latin1.yaml"), "a: 1\nb: 2\nname: d\u00e9mo\n".getBytes(
                StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> TextFiles.read(latin1)).isInstanceOf(TextFiles.Unreadable.class)
                .hasMessage(latin1 + " is not UTF-8 text (a byte that is not UTF-8 on line 3); save it as UTF-8 text");
        Path png = Files.write(tmp.resolve("image.yaml"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        assertThatThrownBy(() -> TextFiles.read(png)).hasMessageContaining(png + " is not UTF-8 text");
    }

    @Test
    void aControlCharacterIsReportedAtItsLineAndColumn() throws Exception {
        Path f = Files.writeString(tmp.resolve("ctl.yaml"), "a: 1\n".repeat(6) + "name: de\u0007mo\n");
        assertThatThrownBy(() -> TextFiles.read(f)).isInstanceOf(TextFiles.Unreadable.class)
                .hasMessageStartingWith(f + " is not UTF-8 text: control character U+0007 on line 7, column 9");
        Path nul = Files.writeString(tmp.resolve("nul.yaml"), "a: 1\n\u0000\u0000");
        assertThatThrownBy(() -> TextFiles.read(nul)).hasMessageContaining("U+0000 on line 2, column 1 (a binary file?)");
    }
}
