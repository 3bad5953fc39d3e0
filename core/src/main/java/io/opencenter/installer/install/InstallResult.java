package io.opencenter.installer.install;

import io.opencenter.installer.preflight.PreflightReport;
import io.opencenter.installer.provision.apply.ApplyResult;

/**
 * How an install ended.
 *
 * @param lastDone       the last phase that completed, null when none did
 * @param preflight      the preflight report (findings and quota table), null when preflight did not run
 * @param infrastructure the apply result, null when the infrastructure phase did not run
 * @param bootstrap      the API, kubeconfig and nodes, null when Bootstrap did not finish
 * @param message        one line for the user: what happened and what to do next
 */
public record InstallResult(Outcome outcome, InstallPhase lastDone, PreflightReport preflight,
                            ApplyResult infrastructure, BootstrapSummary bootstrap, String message) {

    public enum Outcome {
        /** Every phase up to {@code until} is done. */
        COMPLETE,
        /** Preflight found errors: nothing was created. */
        PREFLIGHT_FAILED,
        FAILED,
        CANCELLED,
        /** {@code until} names a phase this version cannot run; every available phase before it is done. */
        PHASE_NOT_AVAILABLE
    }
}
