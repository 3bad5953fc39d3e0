package io.opencenter.installer.sandbox.kube.sim;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * How the simulated cluster behaves in time.
 *
 * @param nodeReadyDelay how long a Node stays NotReady after it registers (a real node waits for its CNI)
 * @param clock          the time the simulator stamps and compares against (tests pass a clock they move by hand)
 * @param releaseDelays  per catalog service id, how long its simulated release takes (a chart's install, an
 *                       operator's start) before it delivers what its probes look for: counted from the first tick
 *                       its Flux object could deliver, Ready=False (Progressing) meanwhile; none by default (the
 *                       rollout benchmark sets them)
 */
public record SimulatorOptions(Duration nodeReadyDelay, Clock clock, Map<String, Duration> releaseDelays) {
    /** A few seconds, like a node that pulls the CNI's images from a nearby registry. */
    public static final Duration DEFAULT_NODE_READY_DELAY = Duration.ofSeconds(4);

    public SimulatorOptions {
        if (nodeReadyDelay.isNegative()) {
            throw new IllegalArgumentException("nodeReadyDelay must not be negative, got " + nodeReadyDelay);
        }
        releaseDelays = Map.copyOf(releaseDelays);
        releaseDelays.forEach((id, d) -> {
            if (d.isNegative()) {
                throw new IllegalArgumentException("releaseDelays." + id + " must not be negative, got " + d);
            }
        });
    }

    public SimulatorOptions(Duration nodeReadyDelay, Clock clock) {
        this(nodeReadyDelay, clock, Map.of());
    }

    public static SimulatorOptions defaults() {
        return new SimulatorOptions(DEFAULT_NODE_READY_DELAY, Clock.systemUTC());
    }
}
