package io.opencenter.installer.install;

import io.opencenter.installer.provision.Cancellation;

/**
 * One step of an install. {@link Installation} runs the phases of {@link Installation#PHASES} in order up to the
 * request's {@code until}; a later phase is one more class and one more line in that list.
 *
 * <p>The contract every phase keeps:
 * <ul>
 *   <li><b>Resumable</b>: running it again after a kill, a cancel or a failure picks up from what already exists
 *       (the journal, the cloud, the cluster) and never duplicates or orphans anything.</li>
 *   <li><b>Progress</b>: it reports its own state changes through the listener ({@code RUNNING} and its detail,
 *       per-item events); {@link Installation} reports {@code PENDING} before and the final state after.</li>
 *   <li><b>Cancel</b>: it checks the token between calls; calls in flight finish and are recorded.</li>
 *   <li><b>Errors</b>: a failure the user can act on is a {@link PhaseResult}, never an exception.</li>
 * </ul>
 */
public interface Phase {

    InstallPhase id();

    /** Runs the phase for {@code context}; what it learns for later phases goes into the context. */
    PhaseResult run(InstallContext context, InstallListener listener, Cancellation cancel);
}
