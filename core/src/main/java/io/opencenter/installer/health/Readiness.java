package io.opencenter.installer.health;

import io.opencenter.installer.kube.Condition;
import io.opencenter.installer.kube.KubeObject;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Verdicts on objects already read, with no request of their own: the rollout's {@link ProbeEvaluator} reads and
 * hands them here, and a health model fed by informers can hand them the objects of its caches. Each verdict speaks
 * about the object's current spec: a status about an older generation is "not observed yet", never READY.
 */
public final class Readiness {

    /** Flux's Ready=False reasons after which it stops trying by itself (a new commit or a reconcile request helps). */
    private static final Set<String> FLUX_FAILURES = Set.of("InstallFailed", "UpgradeFailed", "RollbackFailed",
            "UninstallFailed", "TestFailed", "ReconciliationFailed", "BuildFailed", "HealthCheckFailed",
            "ArtifactFailed", "RetriesExceeded", "ChartPullError", "ChartNotFound", "InvalidChartReference");

    private Readiness() {
    }

    /** A Deployment, StatefulSet or DaemonSet by its status; a Pod by {@link #pod}. */
    public static ProbeResult workload(KubeObject w) {
        String kind = w.ref().kind().kind();
        if ("Pod".equals(kind)) {
            return pod(w);
        }
        String what = w.ref().toString();
        Long observed = w.statusObservedGeneration();
        if (observed == null || w.generation() > 0 && observed < w.generation()) {
            return ProbeResult.progressing(what + ": not observed by its controller yet");
        }
        Map<String, Object> c = w.content();
        long ready;
        long wanted;
        boolean updated;
        switch (kind) {
            case "DaemonSet" -> {
                wanted = Fields.number(c, 0, "status", "desiredNumberScheduled");
                ready = Fields.number(c, 0, "status", "numberReady");
                updated = Fields.number(c, wanted, "status", "updatedNumberScheduled") >= wanted;
            }
            case "StatefulSet" -> {
                wanted = Fields.number(c, 1, "spec", "replicas");
                ready = Fields.number(c, 0, "status", "readyReplicas");
                String current = Fields.text(c, "status", "currentRevision");
                String update = Fields.text(c, "status", "updateRevision");
                updated = current == null || update == null || current.equals(update);
            }
            default -> {
                wanted = Fields.number(c, 1, "spec", "replicas");
                ready = Math.min(Fields.number(c, 0, "status", "readyReplicas"),
                        Fields.number(c, 0, "status", "availableReplicas"));
                updated = Fields.number(c, 0, "status", "updatedReplicas") >= wanted;
            }
        }
        String counts = what + ": " + ready + "/" + wanted + " ready";
        if (ready >= wanted && updated) {
            return ProbeResult.ready(counts);
        }
        return ProbeResult.progressing(ready >= wanted ? counts + ", rolling out a new version" : counts);
    }

    /** Running with every container ready; otherwise what holds it (see {@link #podTrouble}). */
    public static ProbeResult pod(KubeObject pod) {
        Optional<ProbeResult> trouble = podTrouble(pod);
        if (trouble.isPresent()) {
            return trouble.get();
        }
        String phase = Fields.text(pod.content(), "status", "phase");
        if ("Running".equals(phase) && pod.condition("Ready").map(Condition::isTrue).orElse(false)) {
            return ProbeResult.ready("pod " + pod.ref().name() + " running");
        }
        return ProbeResult.progressing("pod " + pod.ref().name() + " " + (phase == null ? "not started" : phase)
                + pod.condition("Ready").filter(r -> !r.isTrue()).map(r -> ", " + r.describe()).orElse(""));
    }

    /**
     * What keeps a pod from running, as {@code kubectl get pods} would show it: a container waiting for a reason other
     * than starting ("harbor-core-7c9 ImagePullBackOff: Back-off pulling image ...": DEGRADED, waiting does not cure
     * it), or the pod not scheduled ("Unschedulable: 0/3 nodes are available ...": PROGRESSING, a node may come).
     * Empty when nothing is wrong.
     */
    public static Optional<ProbeResult> podTrouble(KubeObject pod) {
        String name = pod.ref().name();
        for (String statuses : new String[] {"initContainerStatuses", "containerStatuses"}) {
            for (Map<String, Object> s : Fields.maps(pod.content(), "status", statuses)) {
                String reason = Fields.text(s, "state", "waiting", "reason");
                if (reason == null || reason.equals("ContainerCreating") || reason.equals("PodInitializing")) {
                    continue;
                }
                String message = Fields.text(s, "state", "waiting", "message");
                String text = name + " " + reason + (message == null || message.isEmpty() ? "" : ": " + message);
                return Optional.of(isStuck(reason) ? ProbeResult.degraded(text) : ProbeResult.progressing(text));
            }
        }
        Optional<Condition> scheduled = pod.condition("PodScheduled").filter(c -> !c.isTrue());
        return scheduled.map(c -> ProbeResult.progressing(name + " not scheduled: " + c.describe()));
    }

    /** Container waiting reasons that a kubelet keeps backing off from: they need a fix, not patience. */
    static boolean isStuck(String waitingReason) {
        return Set.of("ImagePullBackOff", "ErrImagePull", "InvalidImageName", "CrashLoopBackOff",
                "CreateContainerConfigError", "CreateContainerError", "RunContainerError").contains(waitingReason);
    }

    /**
     * A HelmRelease or Kustomization: Ready=True for its current generation; Ready=False with a reason after which
     * Flux stops trying (InstallFailed, BuildFailed, ...), or Stalled=True: DEGRADED; anything else: PROGRESSING.
     */
    public static ProbeResult flux(KubeObject o) {
        String what = o.ref().toString();
        if (o.conditionMet("Ready")) {
            return ProbeResult.ready(what + ": Ready");
        }
        Optional<Condition> stalled = o.condition("Stalled").filter(Condition::isTrue);
        if (stalled.isPresent()) {
            return ProbeResult.degraded(what + ": Stalled " + stalled.get().describe());
        }
        Optional<Condition> ready = o.condition("Ready");
        if (ready.isEmpty()) {
            return ProbeResult.progressing(what + ": not reconciled yet");
        }
        Condition c = ready.get();
        if (c.isTrue()) {
            return ProbeResult.progressing(what + ": reconciling a new revision");
        }
        String text = what + ": Ready=" + c.describe();
        return "False".equals(c.status()) && c.reason() != null && FLUX_FAILURES.contains(c.reason())
                ? ProbeResult.degraded(text) : ProbeResult.progressing(text);
    }

    /** A CustomResourceDefinition: Established; names not accepted is DEGRADED (another CRD holds them). */
    public static ProbeResult crd(KubeObject crd) {
        String what = "CRD " + crd.ref().name();
        if (crd.condition("Established").map(Condition::isTrue).orElse(false)) {
            return ProbeResult.ready(what + " established");
        }
        Optional<Condition> names = crd.condition("NamesAccepted").filter(c -> "False".equals(c.status()));
        if (names.isPresent()) {
            return ProbeResult.degraded(what + ": NamesAccepted=" + names.get().describe());
        }
        return ProbeResult.progressing(what + " not established yet");
    }

    /** Any object's condition of that type: True for its current generation, or why not. */
    public static ProbeResult condition(KubeObject o, String type) {
        String what = o.ref().toString();
        if (o.conditionMet(type)) {
            return ProbeResult.ready(what + ": " + type);
        }
        return ProbeResult.progressing(o.condition(type).map(c -> what + ": " + type + "=" + c.describe())
                .orElse(what + ": no " + type + " condition yet"));
    }

    /** The label selector of a workload's pods ({@code spec.selector.matchLabels}), or null when it has none. */
    public static String podSelector(KubeObject workload) {
        Map<String, Object> labels = Fields.map(workload.content(), "spec", "selector", "matchLabels");
        return labels.isEmpty() ? null : labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .sorted().collect(Collectors.joining(","));
    }
}
