package io.opencenter.installer.install;

import io.opencenter.installer.bootstrap.NodeProgress;
import io.opencenter.installer.provision.ProvisionListener;

/**
 * Progress of a whole install: phase changes, the provisioning events of the infrastructure phase and the nodes' progress
 * during bootstrap.
 */
public interface InstallListener extends ProvisionListener {
    void phase(InstallPhase phase, PhaseState state, String detail);

    /** A node's state change during Bootstrap (registered, ready), with the ETA for the whole cluster. */
    default void node(NodeProgress progress) {
    }
}
