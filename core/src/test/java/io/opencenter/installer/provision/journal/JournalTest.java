package io.opencenter.installer.provision.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.journal.JournalEntry.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    private static JournalEntry entry(String run, Event event, String key, String id) {
        return new JournalEntry(Instant.parse("2026-11-25T12:00:00.123456Z"), run, event, key,
                key == null ? null : ResourceKind.PORT, key == null ? null : "demo-" + key, id, "note \"quoted\"");
    }

    @Test
    void entriesComeBackAsWritten() {
        Path file = dir.resolve("clusters/demo/journal.jsonl");
        List<JournalEntry> written = List.of(
                new JournalEntry(Instant.now(), "r1", Event.RUN_STARTED, null, null, null, null, "apply"),
                entry("r1", Event.INTENT, "vip-port", null),
                entry("r1", Event.CREATED, "vip-port", "8d1c-…-ü"),
                new JournalEntry(Instant.now(), "r1", Event.RUN_FINISHED, null, null, null, null, "complete"));
        try (Journal journal = Journal.open(file)) {
            written.forEach(journal::append);
            assertThat(journal.file()).isEqualTo(file);
        }
        assertThat(Journal.read(file)).isEqualTo(written);
    }

    @Test
    void eachEntryIsOneLineWithoutEmptyFields() throws IOException {
        Path file = dir.resolve("j.jsonl");
        try (Journal journal = Journal.open(file)) {
            journal.append(new JournalEntry(Instant.EPOCH, "r", Event.RUN_STARTED, null, null, null, null, "apply"));
        }
        assertThat(Files.readString(file))
                .isEqualTo("{\"at\":\"1970-01-01T00:00:00Z\",\"run\":\"r\",\"event\":\"RUN_STARTED\",\"detail\":\"apply\"}\n");
    }

    @Test
    void appendsFromManyThreadsAreWholeLinesAndEachThreadsOrderHolds() throws Exception {
        Path file = dir.resolve("j.jsonl");
        int threads = 8;
        int perThread = 150;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Journal journal = Journal.open(file)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String run = "t" + t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        journal.append(entry(run, Event.INTENT, "key-" + i, "id-" + i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<JournalEntry> read = Journal.read(file);
        assertThat(read).hasSize(threads * perThread);
        for (int t = 0; t < threads; t++) {
            String run = "t" + t;
            assertThat(read.stream().filter(e -> e.run().equals(run)).map(JournalEntry::key).toList())
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, perThread)
                            .mapToObj(i -> "key-" + i).toList());
        }
    }

    @Test
    void anEntryIsInTheFileAsSoonAsAppendReturns() {
        Path file = dir.resolve("j.jsonl");
        try (Journal journal = Journal.open(file)) {
            journal.append(entry("r", Event.INTENT, "network", null));
            assertThat(Journal.read(file)).hasSize(1);
        }
    }

    @Test
    void aTornLastLineIsSkippedAndCutOffWhenTheJournalIsOpenedAgain() throws IOException {
        Path file = dir.resolve("j.jsonl");
        try (Journal journal = Journal.open(file)) {
            journal.append(entry("r", Event.INTENT, "network", null));
            journal.append(entry("r", Event.CREATED, "network", "n-1"));
        }
        Files.writeString(file, "{\"at\":\"2026-11-25T12:00:00Z\",\"run\":\"r\",\"ev", StandardOpenOption.APPEND);
        assertThat(Journal.read(file)).extracting(JournalEntry::event).containsExactly(Event.INTENT, Event.CREATED);

        try (Journal journal = Journal.open(file)) {
            journal.append(entry("r", Event.READY, "network", "n-1"));
        }
        assertThat(Journal.read(file)).extracting(JournalEntry::event)
                .containsExactly(Event.INTENT, Event.CREATED, Event.READY);
    }

    @Test
    void aDamagedLineInTheMiddleIsReportedNotSkipped() throws IOException {
        Path file = dir.resolve("j.jsonl");
        Files.writeString(file, "{\"event\":\"INTENT\"}\n{garbage\n{\"event\":\"READY\"}\n");
        assertThatThrownBy(() -> Journal.read(file)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void theFileIsOwnerOnlyAndItsFoldersAreCreated() throws IOException {
        Path file = dir.resolve("a/b/journal.jsonl");
        try (Journal journal = Journal.open(file)) {
            journal.append(entry("r", Event.INTENT, "network", null));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Journal.open(file).close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void anAbsentFileReadsAsEmptyAndReopeningAppends() {
        Path file = dir.resolve("j.jsonl");
        assertThat(Journal.read(file)).isEmpty();
        for (int i = 0; i < 3; i++) {
            try (Journal journal = Journal.open(file)) {
                journal.append(entry("r" + i, Event.RUN_STARTED, null, null));
            }
        }
        assertThat(Journal.read(file)).extracting(JournalEntry::run).containsExactly("r0", "r1", "r2");
        assertThat(new String(readBytes(file), StandardCharsets.UTF_8)).endsWith("}\n");
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
