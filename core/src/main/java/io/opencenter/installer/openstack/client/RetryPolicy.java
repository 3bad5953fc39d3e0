package io.opencenter.installer.openstack.client;

import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Retries transient OpenStack failures: 5xx, connection resets and timeouts (jittered exponential backoff),
 * 429 and 413-with-Retry-After (waits what the server asked for). Bounded by a number of attempts AND a total time
 * budget, so a failing cloud can never keep a caller in a loop. Clock, sleeper and random source are injectable so
 * tests run without waiting.
 */
public final class RetryPolicy {

    /** Waits; the production one is {@link Thread#sleep}. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final int maxAttempts;
    private final Duration maxTotal;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Random random;

    public RetryPolicy(int maxAttempts, Duration maxTotal, Duration baseDelay, Duration maxDelay, Clock clock,
                       Sleeper sleeper, Random random) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1");
        }
        this.maxAttempts = maxAttempts;
        this.maxTotal = maxTotal;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
    }

    /**
     * 10 attempts within 90 s, 1 s doubling up to 10 s: even with the shortest jitter the waits add up to more than
     * 30 s, so an API restart (a 503 phase of half a minute) is ridden out, and nothing waits longer than 90 s.
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(10, Duration.ofSeconds(90), Duration.ofSeconds(1), Duration.ofSeconds(10),
                Clock.systemUTC(), d -> Thread.sleep(d.toMillis()), new Random());
    }

    /** No retries at all, e.g. for an interactive "Test connection" that should answer at once. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, Clock.systemUTC(), d -> { }, new Random());
    }

    /** The same limits with another clock, sleeper and random source (tests). */
    public RetryPolicy with(Clock otherClock, Sleeper otherSleeper, Random otherRandom) {
        return new RetryPolicy(maxAttempts, maxTotal, baseDelay, maxDelay, otherClock, otherSleeper, otherRandom);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** Runs {@code call} until it succeeds, fails permanently, or the attempt/time budget is spent. */
    public <T> T execute(Supplier<T> call) {
        Instant start = clock.instant();
        Instant deadline = start.plus(maxTotal);
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (OpenStackException e) {
                Optional<Duration> delay = delayBefore(attempt + 1, e);
                if (delay.isEmpty() || attempt >= maxAttempts) {
                    throw e;
                }
                Duration wait = delay.get();
                if (clock.instant().plus(wait).isAfter(deadline)) {
                    throw e;
                }
                sleep(wait, e);
            }
        }
    }

    /** The wait before attempt {@code nextAttempt} (2, 3, ...), or empty when {@code failure} is permanent. */
    Optional<Duration> delayBefore(int nextAttempt, OpenStackException failure) {
        if (!isTransient(failure)) {
            return Optional.empty();
        }
        if (failure.retryAfter().isPresent()) {
            return failure.retryAfter();
        }
        return Optional.of(backoff(nextAttempt));
    }

    /**
     * Full-range jitter on an exponential ceiling: base * 2^(n-2), capped at maxDelay, then a random value in
     * [ceiling/2, ceiling], so many clients hitting one overloaded API spread out instead of retrying in lockstep.
     */
    Duration backoff(int nextAttempt) {
        int exponent = Math.min(Math.max(0, nextAttempt - 2), 30);
        long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << exponent);
        if (ceiling <= 0) {
            return Duration.ZERO;
        }
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.nextDouble() * (ceiling - half)));
    }

    static boolean isTransient(OpenStackException e) {
        return switch (e.kind()) {
            case SERVER_ERROR -> e.status() >= 500;
            // 429 is always "slow down"; a 413 is only transient when the server says when to come back
            // (Cinder and Nova also send 413 for a plain quota overrun, which no retry can fix).
            case OVER_LIMIT -> e.status() == 429 || e.retryAfter().isPresent();
            // Refused connections mean nothing listens there: retrying only delays the answer.
            case UNREACHABLE -> !causedBy(e, ConnectException.class);
            default -> false;
        };
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private void sleep(Duration wait, OpenStackException pending) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw pending;
        }
    }
}
