package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The garbage collector and the pod GC: a ReplicaSet whose Deployment is gone, a pod whose ReplicaSet, DaemonSet or
 * StatefulSet is gone, and a pod bound to a Node that is gone are deleted. Owners of other kinds are not followed.
 */
final class GarbageCollector {
    private static final Set<String> OWNER_KINDS = Set.of("Deployment", "ReplicaSet", "DaemonSet", "StatefulSet");
    private final SimContext ctx;

    GarbageCollector(SimContext ctx) {
        this.ctx = ctx;
    }

    void collect() {
        var apps = ctx.kube().apps();
        Set<String> owners = new HashSet<>();
        List.<List<? extends HasMetadata>>of(apps.deployments().inAnyNamespace().list().getItems(),
                        apps.daemonSets().inAnyNamespace().list().getItems(),
                        apps.statefulSets().inAnyNamespace().list().getItems())
                .forEach(list -> list.forEach(o -> owners.add(o.getMetadata().getUid())));
        for (var rs : apps.replicaSets().inAnyNamespace().list().getItems()) {
            if (orphan(rs, owners)) {
                ctx.store().delete(rs);
            } else {
                owners.add(rs.getMetadata().getUid());
            }
        }
        Set<String> nodes = new HashSet<>();
        ctx.kube().nodes().list().getItems().forEach(n -> nodes.add(n.getMetadata().getName()));
        for (Pod pod : ctx.kube().pods().inAnyNamespace().list().getItems()) {
            if (orphan(pod, owners) || Pods.scheduled(pod) && !nodes.contains(pod.getSpec().getNodeName())) {
                ctx.store().delete(pod);
            }
        }
    }

    private static boolean orphan(HasMetadata object, Set<String> owners) {
        return Pods.controller(object).filter(o -> OWNER_KINDS.contains(o.getKind()))
                .map(o -> !owners.contains(o.getUid())).orElse(false);
    }
}
