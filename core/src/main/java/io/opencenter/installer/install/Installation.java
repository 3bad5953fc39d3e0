package io.opencenter.installer.install;

import io.opencenter.installer.provision.Cancellation;
import java.util.List;
import java.util.Locale;

/**
 * Runs an install: the phases of {@link #PHASES} in order up to the request's {@code until} (inclusive), stopping
 * at the first that does not finish. Phases this version does not have report {@link PhaseState#NOT_AVAILABLE}.
 * Never throws for a cloud failure: every way an install ends is an {@link InstallResult}.
 */
public final class Installation {
    static final String LATER_VERSION = "arrives with a later version";

    /** The phases this version runs, in order; Health adds one line. */
    static final List<Phase> PHASES = List.of(new PreflightPhase(), new InfrastructurePhase(), new BootstrapPhase(),
            new GitOpsPhase(), new RolloutPhase());

    private final InstallRequest request;
    private final InstallListener listener;
    private final Cancellation cancel;

    private Installation(InstallRequest request, InstallListener listener, Cancellation cancel) {
        this.request = request;
        this.listener = new InstallLog(request.config().name(), listener);
        this.cancel = cancel;
    }

    /** Runs to {@code request.until()} (inclusive) or the first phase that does not finish. */
    public static InstallResult run(InstallRequest request, InstallListener listener, Cancellation cancel) {
        return new Installation(request, listener, cancel).run();
    }

    /** Whether this version can run {@code phase}. */
    static boolean available(InstallPhase phase) {
        return PHASES.stream().anyMatch(p -> p.id() == phase);
    }

    private InstallResult run() {
        InstallPhase until = request.until();
        for (InstallPhase p : InstallPhase.values()) {
            if (p.ordinal() <= until.ordinal()) {
                listener.phase(p, PhaseState.PENDING, "");
            }
        }
        InstallContext context = new InstallContext(request);
        InstallPhase lastDone = null;
        String lastMessage = "";
        for (Phase phase : PHASES) {
            if (phase.id().ordinal() > until.ordinal()) {
                break;
            }
            if (lastDone != null && cancel.isCancelled()) {
                listener.phase(phase.id(), PhaseState.CANCELLED, "cancelled before it started");
                return result(InstallResult.Outcome.CANCELLED, lastDone, context, lastDone == InstallPhase.PREFLIGHT
                        ? "cancelled before anything was created"
                        : "cancelled before " + label(phase.id()) + "; running the install again resumes it");
            }
            PhaseResult ended = phase.run(context, listener, cancel);
            listener.phase(phase.id(), ended.state(), ended.detail());
            switch (ended.state()) {
                case DONE -> {
                    lastDone = phase.id();
                    lastMessage = ended.message();
                }
                case CANCELLED -> {
                    return result(InstallResult.Outcome.CANCELLED, lastDone, context, ended.message());
                }
                default -> {
                    boolean refused = phase.id() == InstallPhase.PREFLIGHT && context.preflight() != null;
                    return result(refused ? InstallResult.Outcome.PREFLIGHT_FAILED : InstallResult.Outcome.FAILED,
                            lastDone, context, ended.message());
                }
            }
        }
        return notAvailableAfter(lastDone, lastMessage, context);
    }

    /** Complete when every phase up to {@code until} ran; otherwise the later ones are not in this version. */
    private InstallResult notAvailableAfter(InstallPhase lastDone, String lastMessage, InstallContext context) {
        InstallPhase first = null;
        for (InstallPhase p : InstallPhase.values()) {
            if (p.ordinal() > lastDone.ordinal() && p.ordinal() <= request.until().ordinal()) {
                listener.phase(p, PhaseState.NOT_AVAILABLE, LATER_VERSION);
                first = first == null ? p : first;
            }
        }
        if (first == null) {
            return result(InstallResult.Outcome.COMPLETE, lastDone, context, lastMessage);
        }
        return result(InstallResult.Outcome.PHASE_NOT_AVAILABLE, lastDone, context, "phase " + label(first)
                + " is not available in this version; " + lastMessage);
    }

    private static InstallResult result(InstallResult.Outcome outcome, InstallPhase lastDone, InstallContext context,
                                        String message) {
        return new InstallResult(outcome, lastDone, context.preflight(), context.infrastructureResult(),
                context.bootstrapSummary(), context.gitopsSummary(), context.services(), message);
    }

    private static String label(InstallPhase phase) {
        return phase.label().toLowerCase(Locale.ROOT);
    }
}
