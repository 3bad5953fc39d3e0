package io.opencenter.installer.provision.journal;

import io.opencenter.installer.provision.ResourceKind;
import java.time.Instant;

/**
 * One line of the journal. Resource events carry {@code key}/{@code kind}/{@code name} (and {@code cloudId} once
 * known); run events carry none of them. {@code detail} is a reason or a note for humans, never a secret.
 */
public record JournalEntry(Instant at, String run, Event event, String key, ResourceKind kind, String name,
                           String cloudId, String detail) {

    public enum Event {
        /** An apply or destroy began; {@code detail} says which ({@code apply}, {@code destroy}). */
        RUN_STARTED,
        /** About to send a create (written and fsynced before the request). */
        INTENT,
        /** The cloud answered a create with {@code cloudId}. */
        CREATED,
        /** Found on the cloud (earlier run) and taken over. */
        ADOPTED,
        /** Usable. */
        READY,
        FAILED,
        /** About to delete {@code cloudId}. */
        DELETE_INTENT,
        DELETED,
        /** The run ended; {@code detail} is the outcome: {@code complete}, {@code failed}, {@code cancelled}. */
        RUN_FINISHED
    }
}
