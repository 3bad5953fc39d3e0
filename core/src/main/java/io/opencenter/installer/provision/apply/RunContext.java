package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.ProvisioningPlan;

/** What every task of one apply shares. */
record RunContext(ProvisioningPlan plan, InfrastructureCloud cloud, ApplyOptions options, RunLog log,
                  NeutronLane lane, Cancellation cancel) {

    Backoff backoff() {
        return new Backoff(options.pollInitial(), options.pollMax());
    }

    StateWait waits() {
        return new StateWait(cloud, options, cancel, log.listener());
    }
}
