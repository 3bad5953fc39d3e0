package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetStatus;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** ReplicaSets → pods: as many pods as replicas (unscheduled and not-ready ones go first on scale-down), and status. */
final class ReplicaSetController {
    private final SimContext ctx;

    ReplicaSetController(SimContext ctx) {
        this.ctx = ctx;
    }

    void reconcile() {
        List<Pod> pods = ctx.kube().pods().inAnyNamespace().list().getItems();
        for (ReplicaSet rs : ctx.kube().apps().replicaSets().inAnyNamespace().list().getItems()) {
            List<Pod> owned = pods.stream().filter(p -> Pods.ownedBy(p, rs)).toList();
            int wanted = replicas(rs);
            if (owned.size() < wanted) {
                Set<String> names = new HashSet<>();
                pods.forEach(p -> names.add(p.getMetadata().getName()));
                for (int i = 0, made = owned.size(); made < wanted; i++) {
                    String name = rs.getMetadata().getName() + "-" + Hashes.suffix(rs.getMetadata().getUid() + "/" + i);
                    if (names.add(name)) {
                        ctx.store().create(Pods.fromTemplate(ctx.store(), rs.getSpec().getTemplate(), name, rs,
                                Map.of()));
                        made++;
                    }
                }
            } else if (owned.size() > wanted) {
                owned.stream().sorted(Comparator.comparing(Pods::scheduled).thenComparing(Pods::ready)
                                .thenComparing(p -> p.getMetadata().getName(), Comparator.reverseOrder()))
                        .limit(owned.size() - wanted).forEach(ctx.store()::delete);
            }
        }
    }

    void report() {
        List<Pod> pods = ctx.kube().pods().inAnyNamespace().list().getItems();
        for (ReplicaSet rs : ctx.kube().apps().replicaSets().inAnyNamespace().list().getItems()) {
            List<Pod> owned = pods.stream().filter(p -> Pods.ownedBy(p, rs)).toList();
            int ready = (int) owned.stream().filter(Pods::ready).count();
            ReplicaSet wanted = ctx.store().copy(rs);
            ReplicaSetStatus status = new ReplicaSetStatus();
            status.setReplicas(owned.size());
            status.setFullyLabeledReplicas(owned.size());
            status.setReadyReplicas(ready);
            status.setAvailableReplicas(ready);
            status.setObservedGeneration(rs.getMetadata().getGeneration());
            wanted.setStatus(status);
            ctx.store().save(rs, wanted);
        }
    }

    static int replicas(ReplicaSet rs) {
        return rs.getSpec().getReplicas() == null ? 1 : rs.getSpec().getReplicas();
    }
}
