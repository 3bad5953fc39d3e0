package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.client.KubernetesClient;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * What every controller of the simulator shares: the API (and the {@link Store} that writes to it only what changed),
 * the cloud, the cluster's facts, the faults and the clock.
 */
record SimContext(KubernetesClient kube, ClusterCloud cloud, SimulatedCluster cluster, SimulatorOptions options,
                  SimulatorFaults faults, Store store) {

    SimContext(KubernetesClient kube, ClusterCloud cloud, SimulatedCluster cluster, SimulatorOptions options,
               SimulatorFaults faults) {
        this(kube, cloud, cluster, options, faults, new Store(kube));
    }

    Instant now() {
        return options.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Now as Kubernetes writes times: RFC 3339 in seconds, UTC. */
    String stamp() {
        return now().toString();
    }

    /** A time the simulator wrote, or null when there is none or it does not parse. */
    static Instant parse(String stamp) {
        try {
            return stamp == null ? null : Instant.parse(stamp);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
