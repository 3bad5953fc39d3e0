package io.opencenter.installer.install;

import io.opencenter.installer.provision.ProvisionListener;

/** Progress of a whole install: phase changes plus the provisioning events of the infrastructure phase. */
public interface InstallListener extends ProvisionListener {
    void phase(InstallPhase phase, PhaseState state, String detail);
}
