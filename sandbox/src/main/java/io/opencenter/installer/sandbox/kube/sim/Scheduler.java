package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The scheduler: binds each unscheduled pod to the Ready node that fits it ({@link NodeFit}) and runs the fewest
 * pods (ties by name), once every PVC it mounts is Bound; otherwise marks it {@code PodScheduled=False},
 * Unschedulable, with a message like the real one. A pod whose workload has the {@link Fault#PENDING} fault is never
 * bound, and one already bound is taken back (the simulator may, the real API would need a new pod).
 */
final class Scheduler {
    private final SimContext ctx;

    Scheduler(SimContext ctx) {
        this.ctx = ctx;
    }

    void schedule(Faults faults) {
        List<Node> nodes = ctx.kube().nodes().list().getItems();
        List<Pod> pods = ctx.kube().pods().inAnyNamespace().list().getItems();
        Map<String, Long> load = new HashMap<>(pods.stream().filter(Pods::scheduled)
                .collect(Collectors.groupingBy(p -> p.getSpec().getNodeName(), Collectors.counting())));
        Map<String, PersistentVolumeClaim> claims = ctx.kube().persistentVolumeClaims().inAnyNamespace().list()
                .getItems().stream().collect(Collectors.toMap(c -> key(c.getMetadata().getNamespace(),
                        c.getMetadata().getName()), c -> c));
        for (Pod pod : pods) {
            if (finished(pod)) {
                continue;
            }
            boolean pending = faults.of(pod).filter(Fault.PENDING::equals).isPresent();
            if (pending) {
                unschedulable(pod, "0/" + nodes.size() + " nodes are available: " + nodes.size()
                        + " Insufficient cpu. (fault injected by the sandbox)");
            } else if (!Pods.scheduled(pod)) {
                String unbound = unboundClaim(pod, claims);
                if (unbound != null) {
                    unschedulable(pod, "0/" + nodes.size() + " nodes are available: " + unbound + ".");
                    continue;
                }
                Optional<Node> node = nodes.stream().filter(n -> fits(pod, n) == null)
                        .min(Comparator.comparing((Node n) -> load.getOrDefault(n.getMetadata().getName(), 0L))
                                .thenComparing(n -> n.getMetadata().getName()));
                if (node.isPresent()) {
                    bind(pod, node.get().getMetadata().getName());
                    load.merge(node.get().getMetadata().getName(), 1L, Long::sum);
                } else {
                    unschedulable(pod, noNodeMessage(pod, nodes));
                }
            }
        }
    }

    private static String fits(Pod pod, Node node) {
        if (Boolean.TRUE.equals(node.getSpec().getUnschedulable())) {
            return "were unschedulable";
        }
        if (!NodeController.isReady(node)) {
            return "had untolerated taint {" + NodeController.NOT_READY + ": }";
        }
        return NodeFit.misfit(pod.getSpec(), node, false);
    }

    /** "0/3 nodes are available: 1 node(s) had untolerated taint {…}, 2 node(s) didn't match …." */
    private static String noNodeMessage(Pod pod, List<Node> nodes) {
        Map<String, Long> reasons = new TreeMap<>(nodes.stream()
                .collect(Collectors.groupingBy(n -> fits(pod, n), Collectors.counting())));
        String why = reasons.entrySet().stream().map(e -> e.getValue() + " node(s) " + e.getKey())
                .collect(Collectors.joining(", "));
        return "0/" + nodes.size() + " nodes are available" + (why.isEmpty() ? "" : ": " + why) + ".";
    }

    private String unboundClaim(Pod pod, Map<String, PersistentVolumeClaim> claims) {
        for (String name : Pods.claims(pod)) {
            PersistentVolumeClaim claim = claims.get(key(pod.getMetadata().getNamespace(), name));
            if (claim == null) {
                return "persistentvolumeclaim \"" + name + "\" not found";
            }
            if (claim.getStatus() == null || !"Bound".equals(claim.getStatus().getPhase())) {
                return "pod has unbound immediate PersistentVolumeClaims";
            }
        }
        return null;
    }

    private void bind(Pod pod, String node) {
        Pod bound = ctx.store().copy(pod);
        bound.getSpec().setNodeName(node);
        PodStatus status = bound.getStatus() == null ? new PodStatus() : bound.getStatus();
        status.setPhase("Pending");
        status.setConditions(List.of(Pods.condition(pod, "PodScheduled", "True", null, null, ctx.stamp())));
        bound.setStatus(status);
        ctx.store().save(pod, bound);
    }

    private void unschedulable(Pod pod, String message) {
        Pod next = ctx.store().copy(pod);
        next.getSpec().setNodeName(null);
        PodStatus status = new PodStatus();
        status.setPhase("Pending");
        status.setConditions(List.of(Pods.condition(pod, "PodScheduled", "False", "Unschedulable", message,
                ctx.stamp())));
        next.setStatus(status);
        ctx.store().save(pod, next);
    }

    static boolean finished(Pod pod) {
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        return "Succeeded".equals(phase) || "Failed".equals(phase);
    }

    static String key(String namespace, String name) {
        return namespace + "/" + name;
    }
}
