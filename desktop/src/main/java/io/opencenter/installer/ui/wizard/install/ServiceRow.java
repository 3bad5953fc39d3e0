package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.rollout.ServiceState;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One platform service on the Install page during and after Rollout: its state, how long it has been watched and
 * why it is not ready. While it progresses, the elapsed time counts on from the last event ({@link #tick}); once
 * ready or degraded it is the engine's, frozen.
 */
public final class ServiceRow {
    private final String id;
    private final String displayName;
    private final String namespace;
    private final ReadOnlyObjectWrapper<ServiceState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ServiceState.WAITING);
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper(this, "elapsed", "");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason", "");
    private final ReadOnlyBooleanWrapper retrying = new ReadOnlyBooleanWrapper(this, "retrying");
    private Duration reported = Duration.ZERO;
    private Instant reportedAt = Instant.EPOCH;

    public ServiceRow(String id, String displayName, String namespace) {
        this.id = id;
        this.displayName = displayName;
        this.namespace = namespace;
    }

    /** @param redactedReason the engine's reason, already passed through the redactor */
    void set(ServiceState newState, Duration newElapsed, String redactedReason, Instant now) {
        state.set(newState);
        reported = newElapsed;
        reportedAt = now;
        reason.set(redactedReason == null ? "" : redactedReason);
        retrying.set(false);
        tick(now);
    }

    /** A progressing service's time goes on between events; the others' stays as reported (none while waiting). */
    void tick(Instant now) {
        ServiceState s = state.get();
        if (s == ServiceState.WAITING || s == ServiceState.BLOCKED) {
            elapsed.set("");
        } else if (s == ServiceState.PROGRESSING) {
            Duration since = Duration.between(reportedAt, now);
            elapsed.set(ElapsedText.of(reported.plus(since.isNegative() ? Duration.ZERO : since)));
        } else {
            elapsed.set(ElapsedText.of(reported));
        }
    }

    /** Retry was asked for: the button rests until the engine says what became of it. */
    void retrying() {
        retrying.set(true);
    }

    /** The run ended: a retry asked for and not answered is not pending any more. */
    void settle() {
        retrying.set(false);
    }

    public String id() { return id; }
    public String displayName() { return displayName; }
    public String namespace() { return namespace; }
    public ServiceState state() { return state.get(); }
    public ReadOnlyObjectProperty<ServiceState> stateProperty() { return state.getReadOnlyProperty(); }
    /** "1m 12s"; empty while waiting or blocked. */
    public ReadOnlyStringProperty elapsedProperty() { return elapsed.getReadOnlyProperty(); }
    public ReadOnlyStringProperty reasonProperty() { return reason.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty retryingProperty() { return retrying.getReadOnlyProperty(); }
}
