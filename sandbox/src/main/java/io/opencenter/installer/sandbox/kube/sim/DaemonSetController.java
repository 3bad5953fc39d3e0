package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeAffinityBuilder;
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

    /** A DaemonSet with its template's revision, the nodes its pods fit and the pods it owns. */
    private record View(DaemonSet ds, String revision, Set<String> eligible, List<Pod> owned) {
    }

    private List<View> views() {
        List<Node> nodes = ctx.kube().nodes().list().getItems();
        List<Pod> pods = ctx.kube().pods().inAnyNamespace().list().getItems();
        return ctx.kube().apps().daemonSets().inAnyNamespace().list().getItems().stream()
                .map(ds -> new View(ds, ctx.store().hash(ds.getSpec().getTemplate()), eligible(ds, nodes),
                        pods.stream().filter(p -> Pods.ownedBy(p, ds)).toList())).toList();
    }

    void reconcile() {
        for (View v : views()) {
            DaemonSet ds = v.ds();
            String revision = v.revision();
            Set<String> eligible = v.eligible();
            List<Pod> owned = v.owned();
            for (Pod pod : owned) {
                if (!eligible.contains(target(pod)) || !revision.equals(revision(pod))) {
                    ctx.store().delete(pod);
                }
            }
            Set<String> covered = owned.stream().filter(p -> eligible.contains(target(p))
                    && revision.equals(revision(p))).map(DaemonSetController::target).collect(Collectors.toSet());
            for (String node : eligible) {
                if (!covered.contains(node)) {
                    String name = ds.getMetadata().getName() + "-" + Hashes.suffix(ds.getMetadata().getUid() + "/"
                            + node + "/" + revision);
                    Pod pod = Pods.fromTemplate(ctx.store(), ds.getSpec().getTemplate(), name, ds,
                            Map.of(REVISION_LABEL, revision));
                    pod.getSpec().setNodeName(node);
                    pinTo(pod, node);
                    ctx.store().create(pod);
                }
            }
        }
    }

    void report() {
        for (View v : views()) {
            DaemonSet ds = v.ds();
            String revision = v.revision();
            Set<String> eligible = v.eligible();
            List<Pod> owned = v.owned();
            List<Pod> placed = owned.stream().filter(p -> eligible.contains(target(p))).toList();
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

    /**
     * Pins the pod to its node with a required node affinity on the node's name, as the real DaemonSet controller
     * does, so a pod taken off its node (the Pending fault) still says where it belongs and goes back there.
     */
    private static void pinTo(Pod pod, String node) {
        Affinity affinity = pod.getSpec().getAffinity() == null ? new Affinity() : pod.getSpec().getAffinity();
        affinity.setNodeAffinity(new NodeAffinityBuilder().withNewRequiredDuringSchedulingIgnoredDuringExecution()
                .addNewNodeSelectorTerm().addNewMatchField().withKey("metadata.name").withOperator("In")
                .withValues(node).endMatchField().endNodeSelectorTerm().endRequiredDuringSchedulingIgnoredDuringExecution()
                .build());
        pod.getSpec().setAffinity(affinity);
    }

    /** The node the pod belongs to: the one it is bound to, else the one its affinity pins it to. */
    static String target(Pod pod) {
        if (Pods.scheduled(pod)) {
            return pod.getSpec().getNodeName();
        }
        var affinity = pod.getSpec().getAffinity();
        var required = affinity == null || affinity.getNodeAffinity() == null ? null
                : affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution();
        return required == null ? "" : required.getNodeSelectorTerms().stream()
                .flatMap(t -> Pods.orEmpty(t.getMatchFields()).stream())
                .filter(f -> "metadata.name".equals(f.getKey()) && "In".equals(f.getOperator()))
                .flatMap(f -> Pods.orEmpty(f.getValues()).stream()).findFirst().orElse("");
    }

    private static String revision(Pod pod) {
        return Objects.toString(Pods.orEmpty(pod.getMetadata().getLabels()).get(REVISION_LABEL), "");
    }
}
