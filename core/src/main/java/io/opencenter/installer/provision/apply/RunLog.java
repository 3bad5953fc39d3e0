package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.ProgressSnapshot;
import io.opencenter.installer.provision.ProvisionListener;
import io.opencenter.installer.provision.ResourceEvent;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceState;
import io.opencenter.installer.provision.journal.Journal;
import io.opencenter.installer.provision.journal.JournalEntry;
import java.time.Instant;
import java.util.UUID;

/**
 * One run's two outputs side by side: durable journal lines and the listener's live events. A listener that
 * throws is ignored, so a broken progress display can never stop a run halfway.
 */
public final class RunLog {

    private final Journal journal;
    private final ProvisionListener listener;
    private final String run = UUID.randomUUID().toString();

    public RunLog(Journal journal, ProvisionListener listener) {
        this.journal = journal;
        this.listener = listener;
    }

    public ProvisionListener listener() {
        return listener;
    }

    public void runStarted(String what) {
        journal.append(new JournalEntry(Instant.now(), run, JournalEntry.Event.RUN_STARTED, null, null, null, null,
                what));
    }

    public void runFinished(String outcome) {
        journal.append(new JournalEntry(Instant.now(), run, JournalEntry.Event.RUN_FINISHED, null, null, null, null,
                outcome));
    }

    /** Appends and fsyncs one resource line; returns only once it is on disk. */
    public void journal(JournalEntry.Event event, String key, ResourceKind kind, String name, String cloudId,
                        String detail) {
        journal.append(new JournalEntry(Instant.now(), run, event, key, kind, name, cloudId, detail));
    }

    public ResourceEvent event(String key, ResourceKind kind, String name, ResourceState state, String cloudId,
                               boolean adopted, String reason) {
        ResourceEvent e = new ResourceEvent(key, kind, name, state, cloudId, adopted, reason, Instant.now());
        try {
            listener.resource(e);
        } catch (RuntimeException ignored) {
            // the display's problem, not the run's
        }
        return e;
    }

    public void progress(ProgressSnapshot snapshot) {
        try {
            listener.progress(snapshot);
        } catch (RuntimeException ignored) {
            // see event()
        }
    }

    public void log(String line) {
        try {
            listener.log(line);
        } catch (RuntimeException ignored) {
            // see event()
        }
    }
}
