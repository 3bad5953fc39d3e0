package io.opencenter.installer.install;

import io.opencenter.installer.bootstrap.NodeProgress;
import io.opencenter.installer.provision.ProvisionListener;
import io.opencenter.installer.rollout.ServiceProgress;

/**
 * Progress of a whole install: phase changes, the provisioning events of the infrastructure phase, the nodes' progress
 * during bootstrap and the services' during rollout.
 */
public interface InstallListener extends ProvisionListener {
    void phase(InstallPhase phase, PhaseState state, String detail);

    /** A node's state change during Bootstrap (registered, ready), with the ETA for the whole cluster. */
    default void node(NodeProgress progress) {
    }

    /** A platform service's state change during Rollout (waiting, progressing, ready, degraded, blocked). */
    default void service(ServiceProgress progress) {
    }

    /**
     * The Rollout phase started watching the services: until it ends, {@code retry} re-arms a degraded service (and
     * the ones it blocked). After the phase, retrying means running the install again, which resumes.
     */
    default void rolloutStarted(ServiceRetry retry) {
    }
}
