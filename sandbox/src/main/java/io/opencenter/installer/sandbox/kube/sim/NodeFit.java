package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.Toleration;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a pod may run on a node, roughly as the scheduler's filters decide: its nodeSelector, its required node
 * affinity (In, NotIn, Exists, DoesNotExist on labels; the node's name as a field, which DaemonSet pods use), and the node's NoSchedule/NoExecute taints against its tolerations.
 * Resources (cpu, memory requests), pod affinity and topology spread are not considered.
 */
final class NodeFit {
    private NodeFit() {}

    /** Why the pod does not fit, or null when it does. */
    static String misfit(PodSpec spec, Node node, boolean ignoreNotReadyTaint) {
        Map<String, String> labels = Pods.orEmpty(node.getMetadata().getLabels());
        for (var e : Pods.orEmpty(spec.getNodeSelector()).entrySet()) {
            if (!Objects.equals(labels.get(e.getKey()), e.getValue())) {
                return "didn't match Pod's node affinity/selector";
            }
        }
        var affinity = spec.getAffinity() == null ? null : spec.getAffinity().getNodeAffinity();
        var required = affinity == null ? null : affinity.getRequiredDuringSchedulingIgnoredDuringExecution();
        if (required != null && !required.getNodeSelectorTerms().isEmpty()
                && required.getNodeSelectorTerms().stream().noneMatch(t -> matches(t, labels, node))) {
            return "didn't match Pod's node affinity/selector";
        }
        List<Toleration> tolerations = Pods.orEmpty(spec.getTolerations());
        for (Taint taint : Pods.orEmpty(node.getSpec().getTaints())) {
            if ("PreferNoSchedule".equals(taint.getEffect())
                    || ignoreNotReadyTaint && NodeController.NOT_READY.equals(taint.getKey())) {
                continue;
            }
            if (tolerations.stream().noneMatch(t -> tolerates(t, taint))) {
                return "had untolerated taint {" + taint.getKey() + ": " + Objects.toString(taint.getValue(), "") + "}";
            }
        }
        return null;
    }

    /** A term matches when all its label expressions and its field expressions (only metadata.name) do. */
    private static boolean matches(NodeSelectorTerm term, Map<String, String> labels, Node node) {
        Map<String, String> fields = Map.of("metadata.name", node.getMetadata().getName());
        return Pods.orEmpty(term.getMatchExpressions()).stream().allMatch(r -> matches(r, labels))
                && Pods.orEmpty(term.getMatchFields()).stream().allMatch(r -> matches(r, fields));
    }

    private static boolean matches(NodeSelectorRequirement r, Map<String, String> labels) {
        String value = labels.get(r.getKey());
        List<String> values = Pods.orEmpty(r.getValues());
        return switch (r.getOperator()) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> false; // Gt and Lt: not modelled, the node does not match
        };
    }

    static boolean tolerates(Toleration t, Taint taint) {
        if (t.getEffect() != null && !t.getEffect().isEmpty() && !t.getEffect().equals(taint.getEffect())) {
            return false;
        }
        if ("Exists".equals(t.getOperator())) {
            return t.getKey() == null || t.getKey().isEmpty() || t.getKey().equals(taint.getKey());
        }
        return Objects.equals(t.getKey(), taint.getKey())
                && Objects.equals(Objects.toString(t.getValue(), ""), Objects.toString(taint.getValue(), ""));
    }
}
