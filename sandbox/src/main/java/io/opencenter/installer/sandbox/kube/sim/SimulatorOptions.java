package io.opencenter.installer.sandbox.kube.sim;

import java.time.Clock;
import java.time.Duration;

/**
 * How the simulated cluster behaves in time.
 *
 * @param nodeReadyDelay how long a Node stays NotReady after it registers (a real node waits for its CNI)
 * @param clock          the time the simulator stamps and compares against (tests pass a clock they move by hand)
 */
public record SimulatorOptions(Duration nodeReadyDelay, Clock clock) {
    /** A few seconds, like a node that pulls the CNI's images from a nearby registry. */
    public static final Duration DEFAULT_NODE_READY_DELAY = Duration.ofSeconds(4);

    public SimulatorOptions {
        if (nodeReadyDelay.isNegative()) {
            throw new IllegalArgumentException("nodeReadyDelay must not be negative, got " + nodeReadyDelay);
        }
    }

    public static SimulatorOptions defaults() {
        return new SimulatorOptions(DEFAULT_NODE_READY_DELAY, Clock.systemUTC());
    }
}
