package io.opencenter.installer.provision.reliability;

import io.opencenter.installer.provision.journal.Journal;
import io.opencenter.installer.provision.journal.JournalEntry;
import io.opencenter.installer.provision.journal.JournalEntry.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where an apply is, read from its journal: {@code lines} complete entries, and {@code progress}, the number of
 * distinct (resource, step) pairs among INTENT/CREATED/ADOPTED/READY. Progress only grows when some resource gets
 * a step it never had, and it is bounded by four steps per resource, so a kill schedule on it always ends.
 */
record JournalPosition(int lines, int progress, String last) {

    private static final Set<Event> STEPS = EnumSet.of(Event.INTENT, Event.CREATED, Event.ADOPTED, Event.READY);

    static JournalPosition of(Path journal) {
        if (!Files.exists(journal)) {
            return new JournalPosition(0, 0, "");
        }
        List<JournalEntry> entries = Journal.read(journal);
        Set<String> steps = new HashSet<>();
        for (JournalEntry e : entries) {
            if (STEPS.contains(e.event()) && e.key() != null) {
                steps.add(e.key() + "/" + e.event());
            }
        }
        String last = entries.isEmpty() ? "" : describe(entries.get(entries.size() - 1));
        return new JournalPosition(entries.size(), steps.size(), last);
    }

    private static String describe(JournalEntry e) {
        return e.event() + (e.key() == null ? "" : " " + e.key());
    }
}
