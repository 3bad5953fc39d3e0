package io.opencenter.installer.provision.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.journal.JournalEntry.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalSummaryTest {

    private final List<JournalEntry> entries = new ArrayList<>();
    private Instant clock = Instant.parse("2026-11-25T12:00:00Z");

    private void run(String run, Event event, String detail) {
        add(new JournalEntry(tick(), run, event, null, null, null, null, detail));
    }

    private void res(String run, Event event, String key, String id) {
        add(new JournalEntry(tick(), run, event, key, ResourceKind.NETWORK, "demo-" + key, id, null));
    }

    private void add(JournalEntry e) {
        entries.add(e);
    }

    private Instant tick() {
        clock = clock.plusSeconds(1);
        return clock;
    }

    @Test
    void anEmptyJournalHasNoRun() {
        JournalSummary s = JournalSummary.of(List.of());
        assertThat(s.lastRun()).isNull();
        assertThat(s.lastOutcome()).isNull();
        assertThat(s.lastActivity()).isNull();
        assertThat(s.cloudIds()).isEmpty();
        assertThat(s.unfinishedApply()).isFalse();
    }

    @Test
    void aCompleteApplyKnowsEveryId() {
        run("a", Event.RUN_STARTED, "apply");
        res("a", Event.INTENT, "network", null);
        res("a", Event.CREATED, "network", "n-1");
        res("a", Event.READY, "network", "n-1");
        res("a", Event.ADOPTED, "subnet", "s-1");
        run("a", Event.RUN_FINISHED, "complete");
        JournalSummary s = JournalSummary.of(entries);
        assertThat(s.lastRun()).isEqualTo("apply");
        assertThat(s.lastOutcome()).isEqualTo("complete");
        assertThat(s.cloudIds()).isEqualTo(Map.of("network", "n-1", "subnet", "s-1"));
        assertThat(s.unfinishedApply()).isFalse();
        assertThat(s.entries()).isEqualTo(6);
        assertThat(s.lastActivity()).isEqualTo(clock);
    }

    @Test
    void aKilledApplyHasNoOutcomeAndOffersResume() {
        run("a", Event.RUN_STARTED, "apply");
        run("a", Event.RUN_FINISHED, "complete");
        run("b", Event.RUN_STARTED, "apply");
        res("b", Event.INTENT, "network", null);
        JournalSummary s = JournalSummary.of(entries);
        assertThat(s.lastOutcome()).isNull();
        assertThat(s.unfinishedApply()).isTrue();
        assertThat(s.cloudIds()).isEmpty();
    }

    @Test
    void aCancelledOrFailedApplyOffersResume() {
        run("a", Event.RUN_STARTED, "apply");
        run("a", Event.RUN_FINISHED, "cancelled");
        assertThat(JournalSummary.of(entries).unfinishedApply()).isTrue();
        run("b", Event.RUN_STARTED, "apply");
        run("b", Event.RUN_FINISHED, "failed");
        assertThat(JournalSummary.of(entries).lastOutcome()).isEqualTo("failed");
        assertThat(JournalSummary.of(entries).unfinishedApply()).isTrue();
    }

    @Test
    void aDestroyForgetsWhatItDeletedByCloudId() {
        run("a", Event.RUN_STARTED, "apply");
        res("a", Event.CREATED, "network", "n-1");
        res("a", Event.CREATED, "subnet", "s-1");
        run("a", Event.RUN_FINISHED, "complete");
        run("d", Event.RUN_STARTED, "destroy");
        add(new JournalEntry(tick(), "d", Event.DELETED, null, ResourceKind.SUBNET, "demo-subnet", "s-1", null));
        JournalSummary s = JournalSummary.of(entries);
        assertThat(s.lastRun()).isEqualTo("destroy");
        assertThat(s.lastOutcome()).isNull();
        assertThat(s.unfinishedApply()).isFalse();
        assertThat(s.cloudIds()).isEqualTo(Map.of("network", "n-1"));

        run("d", Event.RUN_FINISHED, "complete");
        assertThat(JournalSummary.of(entries).cloudIds()).as("a complete destroy leaves nothing").isEmpty();
    }
}
