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
 * resources with an INTENT plus the number that are done (READY or ADOPTED). Every resource is announced by an
 * INTENT before it is first created and ends READY or ADOPTED, so a complete run ends at exactly twice the plan's
 * size whatever the kills did; progress only grows, and a run that is not complete can always make it grow, so a
 * kill schedule on it always ends.
 */
record JournalPosition(int lines, int progress, String last) {

    private static final Set<Event> DONE = EnumSet.of(Event.ADOPTED, Event.READY);

    static JournalPosition of(Path journal) {
        if (!Files.exists(journal)) {
            return new JournalPosition(0, 0, "");
        }
        List<JournalEntry> entries = Journal.read(journal);
        Set<String> announced = new HashSet<>();
        Set<String> done = new HashSet<>();
        for (JournalEntry e : entries) {
            if (e.key() != null && e.event() == Event.INTENT) {
                announced.add(e.key());
            } else if (e.key() != null && DONE.contains(e.event())) {
                done.add(e.key());
            }
        }
        String last = entries.isEmpty() ? "" : describe(entries.get(entries.size() - 1));
        return new JournalPosition(entries.size(), announced.size() + done.size(), last);
    }

    private static String describe(JournalEntry e) {
        return e.event() + (e.key() == null ? "" : " " + e.key());
    }
}
