package io.opencenter.installer.sandbox.kube.sim;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The faults injected into workloads, live: a test or the demo calls {@link #inject}, the next tick shows it in the
 * pods' statuses, {@link #clear} lets them recover. A fault can also be set on the workload itself with the
 * annotation {@value #ANNOTATION} (e.g. {@code kubectl annotate deployment web sandbox.opencenter.io/fault=
 * ImagePullBackOff}), which lives in the API server and so reaches a simulator in another process; one injected here
 * wins over the annotation.
 */
public final class SimulatorFaults {
    /** The annotation that sets a fault on a Deployment, DaemonSet, StatefulSet or bare Pod. */
    public static final String ANNOTATION = "sandbox.opencenter.io/fault";

    private final Map<Workload, Fault> injected = new ConcurrentHashMap<>();

    /** A workload by namespace, kind and name. */
    public record Workload(String namespace, WorkloadKind kind, String name) {
    }

    public void inject(String namespace, WorkloadKind kind, String name, Fault fault) {
        injected.put(new Workload(namespace, kind, name), fault);
    }

    public void clear(String namespace, WorkloadKind kind, String name) {
        injected.remove(new Workload(namespace, kind, name));
    }

    public void clearAll() {
        injected.clear();
    }

    /** What is injected now (not counting annotations). */
    public Map<Workload, Fault> injected() {
        return Map.copyOf(injected);
    }

    /** The workload's fault: injected here, else named by its annotation. */
    Optional<Fault> of(Workload workload, Map<String, String> annotations) {
        Fault fault = injected.get(workload);
        if (fault != null) {
            return Optional.of(fault);
        }
        return annotations == null ? Optional.empty() : Fault.byReason(annotations.get(ANNOTATION));
    }
}
