package io.opencenter.installer.provision.journal;

import java.nio.file.Path;
import java.util.List;

/**
 * The append-only record of what apply and destroy intended and what the cloud answered, one JSON object per
 * line, each line fsynced before the call it announces is sent. A torn last line (power loss mid-write) is
 * ignored when read. The file is owner-only (0600); entries never hold secrets. Resume reads it back and then
 * reconciles against the cloud by tag, so the journal speeds resume up and explains history but is never the only
 * source of truth.
 */
public final class Journal implements AutoCloseable {

    /** Opens (creating folders and the file, 0600) for appending. */
    public static Journal open(Path file) {
        throw new UnsupportedOperationException("TODO(issue 5): journal");
    }

    /** Every complete entry in the file, in order; an absent file gives an empty list. */
    public static List<JournalEntry> read(Path file) {
        throw new UnsupportedOperationException("TODO(issue 5): journal");
    }

    /** Appends and forces the line to disk before returning. Thread-safe. */
    public void append(JournalEntry entry) {
        throw new UnsupportedOperationException("TODO(issue 5): journal");
    }

    public Path file() {
        throw new UnsupportedOperationException("TODO(issue 5): journal");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO(issue 5): journal");
    }
}
