package io.opencenter.installer.provision.journal;

import java.time.Instant;
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
        throw new UnsupportedOperationException("TODO(issue 5): journal summary");
    }
}
