package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.Cancellation;
import java.time.Duration;

/**
 * Waits that double from {@code initial} up to {@code max}, and a sleep that gives up as soon as a cancel is
 * requested. Not thread-safe: each wait loop has its own.
 */
public final class Backoff {

    /** Cancellation is checked at least this often while sleeping, so Cancel answers quickly. */
    private static final long SLICE_MILLIS = 25;

    private final Duration max;
    private Duration next;

    public Backoff(Duration initial, Duration max) {
        this.next = initial;
        this.max = max.compareTo(initial) < 0 ? initial : max;
    }

    /** The next delay, doubling each time up to the maximum. */
    public Duration next() {
        Duration current = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return current;
    }

    /** The next delay, or what the cloud asked for (a 429's Retry-After) when that is longer. */
    public Duration next(Duration askedFor) {
        Duration own = next();
        return askedFor != null && askedFor.compareTo(own) > 0 ? askedFor : own;
    }

    /** Sleeps for {@code delay}; false when a cancel was requested (before or during) or the thread interrupted. */
    public static boolean sleep(Duration delay, Cancellation cancel) {
        long end = System.nanoTime() + delay.toNanos();
        while (!cancel.isCancelled()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            try {
                Thread.sleep(Math.min(SLICE_MILLIS, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
