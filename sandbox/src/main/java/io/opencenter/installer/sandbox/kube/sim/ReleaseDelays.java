package io.opencenter.installer.sandbox.kube.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The simulated time a catalog service's release takes ({@link SimulatorOptions#releaseDelays()}): counted, per Flux
 * object, from the first time it could deliver; in milliseconds of the simulator's clock (its stamps are in seconds).
 */
final class ReleaseDelays {
    private final Map<String, Duration> delays;
    private final Clock clock;
    private final Map<String, Instant> started = new HashMap<>();

    ReleaseDelays(Map<String, Duration> delays, Clock clock) {
        this.delays = delays;
        this.clock = clock;
    }

    /** How long the release of {@code serviceId}, through the Flux object {@code object}, still takes; zero: done. */
    Duration remaining(String object, String serviceId) {
        Duration delay = delays.getOrDefault(serviceId, Duration.ZERO);
        if (delay.isZero()) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        Duration left = Duration.between(now, started.computeIfAbsent(object, k -> now).plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
