package io.opencenter.installer.health;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A probe's verdict and why, in words a person can act on ("Deployment harbor/harbor-core: 0/1 ready; pod
 * harbor-core-7c9 ImagePullBackOff: Back-off pulling image ..."). The reason of a READY result says what was seen.
 */
public record ProbeResult(ProbeState state, String reason) {

    /** At most this many reasons are joined into a service's (the rest are counted). */
    private static final int MAX_REASONS = 3;

    public ProbeResult {
        Objects.requireNonNull(state, "state");
        reason = reason == null ? "" : reason;
    }

    public static ProbeResult ready(String what) {
        return new ProbeResult(ProbeState.READY, what);
    }

    public static ProbeResult progressing(String why) {
        return new ProbeResult(ProbeState.PROGRESSING, why);
    }

    public static ProbeResult degraded(String why) {
        return new ProbeResult(ProbeState.DEGRADED, why);
    }

    public static ProbeResult missing(String why) {
        return new ProbeResult(ProbeState.MISSING, why);
    }

    public boolean isReady() {
        return state == ProbeState.READY;
    }

    /**
     * One verdict for a service judged by several probes: READY only when every probe is; otherwise the worst state
     * (DEGRADED, then MISSING, then PROGRESSING) with the reasons of the probes that are not ready, worst first.
     * No probe at all is READY: there is nothing to wait for.
     */
    public static ProbeResult combine(List<ProbeResult> results) {
        List<ProbeResult> notReady = results.stream().filter(r -> !r.isReady())
                .sorted(Comparator.comparingInt((ProbeResult r) -> r.state().severity()).reversed()).toList();
        if (notReady.isEmpty()) {
            return ready(results.stream().map(ProbeResult::reason).filter(r -> !r.isEmpty())
                    .collect(Collectors.joining("; ")));
        }
        String reasons = notReady.stream().limit(MAX_REASONS).map(ProbeResult::reason)
                .collect(Collectors.joining("; "));
        if (notReady.size() > MAX_REASONS) {
            reasons += "; and " + (notReady.size() - MAX_REASONS) + " more";
        }
        return new ProbeResult(notReady.get(0).state(), reasons);
    }
}
