package io.opencenter.installer.bootstrap;

import java.time.Duration;

/**
 * Estimates how long until every node is Ready. Before the first node is Ready it counts down from a typical
 * bootstrap time (packages, kubeadm, CNI); after that it extrapolates the pace this cluster has shown, because nodes
 * join in parallel once the first control plane is up.
 *
 * @param typicalFirst how long the first node typically takes to become Ready after its server is ACTIVE
 */
public record NodeEta(Duration typicalFirst) {

    /** A cloud VM: package installs, image pulls, kubeadm init and the CNI take about this long. */
    public static final NodeEta CLOUD = new NodeEta(Duration.ofMinutes(6));

    /** @return the estimate, or null when everything is ready */
    public Duration remaining(Duration elapsed, int ready, int total) {
        if (ready >= total) {
            return null;
        }
        if (ready == 0) {
            Duration left = typicalFirst.minus(elapsed);
            return left.isNegative() ? Duration.ZERO : left;
        }
        return elapsed.dividedBy(ready).multipliedBy(total - ready);
    }
}
