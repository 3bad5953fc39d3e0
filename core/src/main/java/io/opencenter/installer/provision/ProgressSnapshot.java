package io.opencenter.installer.provision;

import java.time.Duration;

/**
 * Overall progress of an apply or destroy.
 *
 * @param eta remaining time estimated from the remaining critical path and the durations seen so far; null
 *            before anything can be estimated
 */
public record ProgressSnapshot(int finished, int total, Duration elapsed, Duration eta) {
    public double fraction() {
        return total == 0 ? 1.0 : (double) finished / total;
    }

    public int percent() {
        return (int) Math.floor(fraction() * 100);
    }
}
