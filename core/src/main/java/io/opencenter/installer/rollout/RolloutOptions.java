package io.opencenter.installer.rollout;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How long and how often a rollout waits.
 *
 * @param defaultTimeout how long a service may take to become ready, per attempt, when {@code perService} names no
 *                       other time
 * @param perService     timeouts of single services by id (a database that takes its time, a test's short one)
 * @param pollInterval   how often the probes of the services being watched are evaluated
 * @param retries        how many reconcile requests a service gets after its timeout before it is DEGRADED
 */
public record RolloutOptions(Duration defaultTimeout, Map<String, Duration> perService, Duration pollInterval,
                             int retries) {

    public RolloutOptions {
        requirePositive(defaultTimeout, "defaultTimeout");
        requirePositive(pollInterval, "pollInterval");
        perService = perService == null ? Map.of() : Map.copyOf(perService);
        perService.forEach((id, t) -> requirePositive(t, "perService." + id));
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative, was " + retries);
        }
    }

    /** Ten minutes per service (Flux's own HelmRelease timeout is five), polled every two seconds, two retries. */
    public static RolloutOptions defaults() {
        return new RolloutOptions(Duration.ofMinutes(10), Map.of(), Duration.ofSeconds(2), 2);
    }

    public Duration timeout(String serviceId) {
        return perService.getOrDefault(serviceId, defaultTimeout);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}
