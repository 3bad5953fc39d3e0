package io.opencenter.installer.provision.journal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a journal says happened, for resume and the Welcome page.
 *
 * @param lastRun        {@code apply} or {@code destroy} of the newest run, null for an empty journal
 * @param lastOutcome    {@code complete}, {@code failed}, {@code cancelled}, or null when the newest run never
 *                       finished (killed)
 * @param cloudIds       plan key → cloud id of every resource created or adopted and not deleted since
 */
public record JournalSummary(String lastRun, String lastOutcome, Instant lastActivity, Map<String, String> cloudIds,
                             int entries) {

    /** An apply that did not end complete (killed, cancelled or failed) — the Welcome page offers Resume. */
    public boolean unfinishedApply() {
        return "apply".equals(lastRun) && !"complete".equals(lastOutcome);
    }

    public static JournalSummary of(List<JournalEntry> entries) {
        String lastRun = null;
        String lastOutcome = null;
        Instant lastActivity = null;
        Map<String, String> ids = new LinkedHashMap<>();
        for (JournalEntry e : entries) {
            lastActivity = e.at();
            switch (e.event()) {
                case RUN_STARTED -> {
                    lastRun = e.detail();
                    lastOutcome = null;
                }
                case RUN_FINISHED -> {
                    lastOutcome = e.detail();
                    // a complete destroy leaves nothing, including what went implicitly (rules with their group)
                    if ("destroy".equals(lastRun) && "complete".equals(lastOutcome)) {
                        ids.clear();
                    }
                }
                case CREATED, ADOPTED, READY -> {
                    if (e.key() != null && e.cloudId() != null) {
                        ids.put(e.key(), e.cloudId());
                    }
                }
                case DELETED -> forget(ids, e);
                default -> { }
            }
        }
        return new JournalSummary(lastRun, lastOutcome, lastActivity, Map.copyOf(ids), entries.size());
    }

    /** Destroy works from what the cloud holds, not from plan keys, so a deletion is matched by cloud id too. */
    private static void forget(Map<String, String> ids, JournalEntry deleted) {
        if (deleted.key() != null) {
            ids.remove(deleted.key());
        }
        if (deleted.cloudId() != null) {
            ids.values().removeIf(deleted.cloudId()::equals);
        }
    }
}
