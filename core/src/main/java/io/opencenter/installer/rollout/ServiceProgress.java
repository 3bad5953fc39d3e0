package io.opencenter.installer.rollout;

import java.time.Duration;
import java.util.Objects;

/**
 * One service's state in a rollout, as the faces show it in their row for it.
 *
 * @param elapsed how long it has been watched (zero while WAITING or BLOCKED; frozen once READY or DEGRADED)
 * @param reason  why it is in that state, in words a person can act on ("" when there is nothing to say)
 */
public record ServiceProgress(String serviceId, ServiceState state, Duration elapsed, String reason) {

    public ServiceProgress {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(state, "state");
        elapsed = elapsed == null ? Duration.ZERO : elapsed;
        reason = reason == null ? "" : reason;
    }
}
