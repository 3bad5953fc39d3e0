package io.opencenter.installer.install;

import io.opencenter.installer.preflight.PreflightReport;
import io.opencenter.installer.provision.apply.ApplyResult;
import io.opencenter.installer.rollout.ServiceProgress;
import java.util.List;

/**
 * How an install ended.
 *
 * @param lastDone       the last phase that completed, null when none did
 * @param preflight      the preflight report (findings and quota table), null when preflight did not run
 * @param infrastructure the apply result, null when the infrastructure phase did not run
 * @param bootstrap      the API, kubeconfig and nodes, null when Bootstrap did not finish
 * @param gitops         where the cluster's repository went and which Flux reads it, null when GitOps did not finish
 * @param services       every platform service's last state in the Rollout phase, empty when it did not run
 * @param message        one line for the user: what happened and what to do next
 */
public record InstallResult(Outcome outcome, InstallPhase lastDone, PreflightReport preflight,
                            ApplyResult infrastructure, BootstrapSummary bootstrap, GitOpsSummary gitops,
                            List<ServiceProgress> services, String message) {

    public InstallResult {
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** An install that ended before GitOps. */
    public InstallResult(Outcome outcome, InstallPhase lastDone, PreflightReport preflight,
                         ApplyResult infrastructure, BootstrapSummary bootstrap, String message) {
        this(outcome, lastDone, preflight, infrastructure, bootstrap, null, List.of(), message);
    }

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
