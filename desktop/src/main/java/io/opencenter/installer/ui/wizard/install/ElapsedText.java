package io.opencenter.installer.ui.wizard.install;

import java.time.Duration;

/** How long a service has been watched, compact for a table column: {@code 45s}, {@code 1m 12s}, {@code 1h 02m}. */
final class ElapsedText {
    private ElapsedText() {}

    static String of(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m " + String.format("%02d", s % 60) + "s";
        }
        return (s / 3600) + "h " + String.format("%02d", (s % 3600) / 60) + "m";
    }
}
