package io.opencenter.installer.rollout;

/**
 * Where one service stands in a rollout: WAITING for its dependencies, PROGRESSING (its probes are being watched),
 * READY (every probe is), DEGRADED (not ready within its timeout and retries: the reason says why) or BLOCKED (a
 * dependency is degraded or blocked, so it was not started: the reason names that dependency).
 */
public enum ServiceState {
    WAITING, PROGRESSING, READY, DEGRADED, BLOCKED;

    /** READY, DEGRADED and BLOCKED: nothing more happens to it in this run unless it is retried. */
    public boolean isFinal() {
        return this == READY || this == DEGRADED || this == BLOCKED;
    }
}
