package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.opencenter.installer.sandbox.kube.sim.SimulatorFaults.Workload;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One tick's answer to "which fault does this pod suffer": it follows the pod's owners up to the workload a fault
 * is injected into (pod → ReplicaSet → Deployment, pod → DaemonSet, pod → StatefulSet, or the bare pod) and asks
 * {@link SimulatorFaults} about it, injected or annotated.
 */
final class Faults {
    private final SimulatorFaults faults;
    private final Map<String, HasMetadata> byUid = new HashMap<>();

    private Faults(SimulatorFaults faults) {
        this.faults = faults;
    }

    /** Reads the workloads once for this tick. */
    static Faults read(SimContext ctx) {
        Faults f = new Faults(ctx.faults());
        var apps = ctx.kube().apps();
        List.<List<? extends HasMetadata>>of(apps.deployments().inAnyNamespace().list().getItems(),
                        apps.replicaSets().inAnyNamespace().list().getItems(),
                        apps.daemonSets().inAnyNamespace().list().getItems(),
                        apps.statefulSets().inAnyNamespace().list().getItems())
                .forEach(list -> list.forEach(o -> f.byUid.put(o.getMetadata().getUid(), o)));
        return f;
    }

    Optional<Fault> of(Pod pod) {
        Optional<OwnerReference> owner = Pods.controller(pod);
        if (owner.isEmpty()) {
            return faults.of(new Workload(pod.getMetadata().getNamespace(), WorkloadKind.POD,
                    pod.getMetadata().getName()), pod.getMetadata().getAnnotations());
        }
        HasMetadata workload = byUid.get(owner.get().getUid());
        if (workload instanceof ReplicaSet rs) {
            workload = Pods.controller(rs).map(o -> byUid.get(o.getUid())).orElse(null);
        }
        if (workload == null) {
            return Optional.empty();
        }
        WorkloadKind kind = switch (workload.getKind()) {
            case "Deployment" -> WorkloadKind.DEPLOYMENT;
            case "DaemonSet" -> WorkloadKind.DAEMON_SET;
            case "StatefulSet" -> WorkloadKind.STATEFUL_SET;
            default -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        return faults.of(new Workload(workload.getMetadata().getNamespace(), kind, workload.getMetadata().getName()),
                workload.getMetadata().getAnnotations());
    }
}
