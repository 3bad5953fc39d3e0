package io.opencenter.installer.install;

import io.opencenter.installer.provision.Cancellation;

/**
 * Runs an install: preflight (with quota needs reduced by what the cluster already holds, so a resumed install is
 * not refused for its own resources), then the infrastructure phase; later phases report
 * {@link PhaseState#NOT_AVAILABLE}. Writes the config next to the journal so Resume can find both.
 */
public final class Installation {

    private Installation() {}

    public static InstallResult run(InstallRequest request, InstallListener listener, Cancellation cancel) {
        throw new UnsupportedOperationException("TODO(issue 5): install orchestrator");
    }
}
