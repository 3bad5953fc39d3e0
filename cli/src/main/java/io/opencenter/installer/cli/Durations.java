package io.opencenter.installer.cli;

import java.time.Duration;

/** Durations as people read them in a terminal: {@code 45s}, {@code 3m10s}, {@code 1h02m}. */
final class Durations {
    private Durations() {}

    static String format(Duration d) {
        long s = Math.max(0, (d.toMillis() + 500) / 1000);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + String.format("%02d", s % 60) + "s";
        }
        return (s / 3600) + "h" + String.format("%02d", (s % 3600) / 60) + "m";
    }
}
