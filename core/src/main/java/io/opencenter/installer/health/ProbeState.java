package io.opencenter.installer.health;

/**
 * What one health probe found, worst last but one: READY (the probe's object is there and reports ready for its
 * current spec), PROGRESSING (there, not ready yet, nothing says it will not get there), DEGRADED (there and failing in
 * a way that does not pass by waiting: an image that cannot be pulled, a crashing container, a failed Helm install)
 * and MISSING (the object, or its kind, does not exist).
 */
public enum ProbeState {
    READY, PROGRESSING, DEGRADED, MISSING;

    /** How much it weighs when several probes judge one service: DEGRADED tells the user most. */
    int severity() {
        return switch (this) {
            case READY -> 0;
            case PROGRESSING -> 1;
            case MISSING -> 2;
            case DEGRADED -> 3;
        };
    }
}
