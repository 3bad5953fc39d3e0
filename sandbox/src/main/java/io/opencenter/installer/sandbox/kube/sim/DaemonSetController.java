package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatus;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * DaemonSets → one pod on every node the pod fits ({@link NodeFit}: its nodeSelector, required node affinity and
 * the node's taints, except the not-ready taint a DaemonSet tolerates by default), bound to its node at once as
 * the DaemonSet controller does; a pod on a node it no longer fits or of an older template goes. Then the status.
 */
final class DaemonSetController {
    static final String REVISION_LABEL = "controller-revision-hash";
    private final SimContext ctx;

    DaemonSetController(SimContext ctx) {
        this.ctx = ctx;
    }

    void reconcile() {
        List<Node> nodes = ctx.kube().nodes().list().getItems();
        List<Pod> pods = ctx.kube().pods().inAnyNamespace().list().getItems();
        for (DaemonSet ds : ctx.kube().apps().daemonSets().inAnyNamespace().list().getItems()) {
            String revision = ctx.store().hash(ds.getSpec().getTemplate());
            Set<String> eligible = eligible(ds, nodes);
            List<Pod> owned = pods.stream().filter(p -> Pods.ownedBy(p, ds)).toList();
            for (Pod pod : owned) {
                if (!eligible.contains(pod.getSpec().getNodeName()) || !revision.equals(revision(pod))) {
                    ctx.store().delete(pod);
                }
            }
            Set<String> covered = owned.stream().filter(p -> eligible.contains(p.getSpec().getNodeName())
                    && revision.equals(revision(p))).map(p -> p.getSpec().getNodeName()).collect(Collectors.toSet());
            for (String node : eligible) {
                if (!covered.contains(node)) {
                    String name = ds.getMetadata().getName() + "-" + Hashes.suffix(ds.getMetadata().getUid() + "/"
                            + node + "/" + revision);
                    Pod pod = Pods.fromTemplate(ctx.store(), ds.getSpec().getTemplate(), name, ds,
                            Map.of(REVISION_LABEL, revision));
                    pod.getSpec().setNodeName(node);
                    ctx.store().create(pod);
                }
            }
        }
    }

    void report() {
        List<Node> nodes = ctx.kube().nodes().list().getItems();
        List<Pod> pods = ctx.kube().pods().inAnyNamespace().list().getItems();
        for (DaemonSet ds : ctx.kube().apps().daemonSets().inAnyNamespace().list().getItems()) {
            String revision = ctx.store().hash(ds.getSpec().getTemplate());
            Set<String> eligible = eligible(ds, nodes);
            List<Pod> owned = pods.stream().filter(p -> Pods.ownedBy(p, ds)).toList();
            List<Pod> placed = owned.stream().filter(p -> eligible.contains(p.getSpec().getNodeName())).toList();
            int ready = (int) placed.stream().filter(Pods::ready).count();
            DaemonSetStatus status = new DaemonSetStatus();
            status.setObservedGeneration(ds.getMetadata().getGeneration());
            status.setDesiredNumberScheduled(eligible.size());
            status.setCurrentNumberScheduled(placed.size());
            status.setNumberMisscheduled(owned.size() - placed.size());
            status.setNumberReady(ready);
            status.setNumberAvailable(ready);
            status.setNumberUnavailable(eligible.size() - ready);
            status.setUpdatedNumberScheduled((int) placed.stream().filter(p -> revision.equals(revision(p))).count());
            DaemonSet next = ctx.store().copy(ds);
            next.setStatus(status);
            ctx.store().save(ds, next);
        }
    }

    private static Set<String> eligible(DaemonSet ds, List<Node> nodes) {
        return nodes.stream().filter(n -> NodeFit.misfit(ds.getSpec().getTemplate().getSpec(), n, true) == null)
                .map(n -> n.getMetadata().getName()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static String revision(Pod pod) {
        return Objects.toString(Pods.orEmpty(pod.getMetadata().getLabels()).get(REVISION_LABEL), "");
    }
}
