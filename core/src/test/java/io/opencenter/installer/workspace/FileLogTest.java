package io.opencenter.installer.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.util.FileSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class FileLogTest {
    private static final Logger LOG = LoggerFactory.getLogger(FileLogTest.class);

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        FileLog.stop();
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(FileLog.OWN_LOGGER).setLevel(null);
    }

    @Test
    void writesInfoLinesRedactedIntoAnOwnerOnlyFile() throws IOException {
        Workspace ws = new Workspace(dir.resolve("ws"));

        Optional<Path> file = FileLog.start(ws);
        LOG.info("cluster demo: phase Preflight RUNNING, password=not-for-the-file");
        FileLog.stop();

        assertThat(file).contains(ws.logs().resolve("installer.log").toAbsolutePath());
        String text = Files.readString(file.orElseThrow());
        assertThat(text).contains("INFO").contains("cluster demo: phase Preflight RUNNING, password=******")
                .doesNotContain("not-for-the-file");
        assertThat(mode(file.get())).isEqualTo("rw-------");
        assertThat(mode(ws.logs())).isEqualTo("rwx------");
    }

    @Test
    void rollsBySizeAndEveryRolledFileIsOwnerOnly() throws IOException {
        Workspace ws = new Workspace(dir.resolve("ws"));
        // a context of its own: no other test's thread adds lines, so every line can be counted
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        FileLog.start(context, ws, FileSize.valueOf("1KB"), System.err);
        Logger log = context.getLogger("io.opencenter.installer.roll");

        // ~150 bytes a line: 25 lines fill about four 1 KB files, all inside the kept window
        for (int i = 0; i < 25; i++) {
            log.info("line {} of a log that grows past one kilobyte quickly, padded to be long enough", i);
        }
        List<Path> files = logFiles(ws);
        assertThat(files).hasSizeGreaterThan(2);
        assertThat(files).allSatisfy(f -> assertThat(f.getFileName().toString()).matches("installer\\.log(\\.\\d)?"));
        for (Path f : files) {
            assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------");
        }
        String all = String.join("", files.stream().map(FileLogTest::read).toList());
        for (int i = 0; i < 25; i++) {
            assertThat(all).contains("line " + i + " of");
        }

        // far past the window: the oldest files go, the newest lines stay, never more than the window's files
        for (int i = 25; i < 400; i++) {
            log.info("line {} of a log that grows past one kilobyte quickly, padded to be long enough", i);
        }
        context.stop();
        List<Path> later = logFiles(ws);
        assertThat(later).hasSizeLessThanOrEqualTo(1 + FileLog.FILES_KEPT);
        String kept = String.join("", later.stream().map(FileLogTest::read).toList());
        assertThat(kept).contains("line 399 of").doesNotContain("line 0 of");
    }

    @Test
    void startingTwiceKeepsOneAppenderAndOneFile() throws IOException {
        Workspace ws = new Workspace(dir.resolve("ws"));

        Optional<Path> first = FileLog.start(ws);
        Optional<Path> second = FileLog.start(ws);
        LOG.info("only once");
        FileLog.stop();

        assertThat(second).isEqualTo(first);
        String text = Files.readString(first.orElseThrow());
        assertThat(text.split("only once", -1)).hasSize(2);
    }

    @Test
    void aWorkspaceThatCannotBeWrittenGivesAWarningAndNoFile() throws IOException {
        Path blocker = Files.writeString(dir.resolve("a-file"), "not a folder");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        Optional<Path> file = FileLog.start(new Workspace(blocker.resolve("ws")), FileLog.MAX_FILE_SIZE,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        LOG.info("still runs");

        assertThat(file).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("warning: cannot write the log file")
                .contains(blocker.toString());
    }

    private static List<Path> logFiles(Workspace ws) throws IOException {
        try (Stream<Path> s = Files.list(ws.logs())) {
            return s.sorted().toList();
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
