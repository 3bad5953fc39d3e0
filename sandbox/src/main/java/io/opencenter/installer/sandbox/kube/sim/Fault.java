package io.opencenter.installer.sandbox.kube.sim;

import java.util.Arrays;
import java.util.Optional;

/** What can go wrong with a workload's pods, named by the reason a kubelet or scheduler would show. */
public enum Fault {
    /** The containers start and exit at once: waiting {@code CrashLoopBackOff}, restarts counting up. */
    CRASH_LOOP_BACK_OFF("CrashLoopBackOff"),
    /** The image cannot be pulled: the pod stays Pending, its containers waiting {@code ImagePullBackOff}. */
    IMAGE_PULL_BACK_OFF("ImagePullBackOff"),
    /** No node can take the pods: they stay unscheduled ({@code PodScheduled=False}, reason Unschedulable). */
    PENDING("Pending");

    private final String reason;

    Fault(String reason) {
        this.reason = reason;
    }

    /** The reason as Kubernetes shows it, also the value of the fault annotation. */
    public String reason() {
        return reason;
    }

    /** The fault named by its reason (as the annotation holds it), case-insensitive. */
    public static Optional<Fault> byReason(String reason) {
        return Arrays.stream(values()).filter(f -> f.reason.equalsIgnoreCase(reason == null ? "" : reason.strip()))
                .findFirst();
    }
}
