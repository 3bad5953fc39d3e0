package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deployments → ReplicaSets: one ReplicaSet per pod template ({@code <name>-<pod-template-hash>}), the current one
 * at the Deployment's replicas and older ones at zero (a rollout replaces all pods at once: surge and
 * maxUnavailable pacing are not modelled), then the Deployment's status and its Available and Progressing
 * conditions from its ReplicaSets.
 */
final class DeploymentController {
    static final String HASH_LABEL = "pod-template-hash";
    private final SimContext ctx;

    DeploymentController(SimContext ctx) {
        this.ctx = ctx;
    }

    void reconcile() {
        List<ReplicaSet> all = ctx.kube().apps().replicaSets().inAnyNamespace().list().getItems();
        for (Deployment d : ctx.kube().apps().deployments().inAnyNamespace().list().getItems()) {
            String hash = ctx.store().hash(d.getSpec().getTemplate());
            String name = d.getMetadata().getName() + "-" + hash;
            List<ReplicaSet> owned = all.stream().filter(rs -> Pods.ownedBy(rs, d)).toList();
            for (ReplicaSet rs : owned) {
                int wanted = rs.getMetadata().getName().equals(name) ? replicas(d) : 0;
                if (ReplicaSetController.replicas(rs) != wanted) {
                    ReplicaSet scaled = ctx.store().copy(rs);
                    scaled.getSpec().setReplicas(wanted);
                    ctx.store().save(rs, scaled);
                }
            }
            if (owned.stream().noneMatch(rs -> rs.getMetadata().getName().equals(name))) {
                ctx.store().create(replicaSet(d, name, hash));
            }
        }
    }

    private ReplicaSet replicaSet(Deployment d, String name, String hash) {
        PodTemplateSpec template = ctx.store().copy(d.getSpec().getTemplate());
        if (template.getMetadata() == null) {
            template.setMetadata(new ObjectMeta());
        }
        Map<String, String> labels = new LinkedHashMap<>(Pods.orEmpty(template.getMetadata().getLabels()));
        labels.put(HASH_LABEL, hash);
        template.getMetadata().setLabels(labels);
        LabelSelector selector = ctx.store().copy(d.getSpec().getSelector());
        if (selector != null) {
            Map<String, String> match = new LinkedHashMap<>(Pods.orEmpty(selector.getMatchLabels()));
            match.put(HASH_LABEL, hash);
            selector.setMatchLabels(match);
        }
        return new ReplicaSetBuilder().withNewMetadata().withName(name).withNamespace(d.getMetadata().getNamespace())
                .withLabels(labels).withOwnerReferences(Pods.ownerReference(d)).endMetadata()
                .withNewSpec().withReplicas(replicas(d)).withSelector(selector).withTemplate(template).endSpec().build();
    }

    void report() {
        List<ReplicaSet> all = ctx.kube().apps().replicaSets().inAnyNamespace().list().getItems();
        for (Deployment d : ctx.kube().apps().deployments().inAnyNamespace().list().getItems()) {
            String name = d.getMetadata().getName() + "-" + ctx.store().hash(d.getSpec().getTemplate());
            List<ReplicaSet> owned = all.stream().filter(rs -> Pods.ownedBy(rs, d)).toList();
            Optional<ReplicaSet> current = owned.stream().filter(rs -> rs.getMetadata().getName().equals(name))
                    .findFirst();
            int replicas = owned.stream().mapToInt(rs -> count(rs.getStatus() == null ? null
                    : rs.getStatus().getReplicas())).sum();
            int ready = owned.stream().mapToInt(rs -> count(rs.getStatus() == null ? null
                    : rs.getStatus().getReadyReplicas())).sum();
            int updated = current.map(rs -> count(rs.getStatus() == null ? null : rs.getStatus().getReplicas()))
                    .orElse(0);
            int wanted = replicas(d);
            DeploymentStatus status = new DeploymentStatus();
            status.setObservedGeneration(d.getMetadata().getGeneration());
            status.setReplicas(replicas);
            status.setUpdatedReplicas(updated);
            status.setReadyReplicas(ready);
            status.setAvailableReplicas(ready);
            status.setUnavailableReplicas(Math.max(0, wanted - ready));
            boolean available = ready >= wanted - maxUnavailable(d, wanted);
            boolean complete = updated == wanted && replicas == wanted && ready == wanted;
            List<DeploymentCondition> old = d.getStatus() == null ? List.of() : d.getStatus().getConditions();
            status.setConditions(List.of(
                    condition(old, "Available", available ? "True" : "False",
                            available ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable",
                            available ? "Deployment has minimum availability."
                                    : "Deployment does not have minimum availability."),
                    condition(old, "Progressing", "True", complete ? "NewReplicaSetAvailable" : "ReplicaSetUpdated",
                            "ReplicaSet \"" + name + "\" " + (complete ? "has successfully progressed." : "is progressing."))));
            Deployment next = ctx.store().copy(d);
            next.setStatus(status);
            ctx.store().save(d, next);
        }
    }

    /** The condition, keeping the old one's times while its status and reason stay the same. */
    private DeploymentCondition condition(List<DeploymentCondition> old, String type, String status, String reason,
                                          String message) {
        Optional<DeploymentCondition> was = Pods.orEmpty(old).stream().filter(c -> type.equals(c.getType())).findFirst();
        String transition = was.filter(c -> status.equals(c.getStatus())).map(DeploymentCondition::getLastTransitionTime)
                .orElse(ctx.stamp());
        String update = was.filter(c -> status.equals(c.getStatus()) && reason.equals(c.getReason())
                && message.equals(c.getMessage())).map(DeploymentCondition::getLastUpdateTime).orElse(ctx.stamp());
        return new DeploymentCondition(transition, update, message, reason, status, type);
    }

    /** {@code maxUnavailable} of a RollingUpdate (25% by default, rounded down); none for Recreate. */
    private static int maxUnavailable(Deployment d, int replicas) {
        var strategy = d.getSpec().getStrategy();
        if (strategy != null && "Recreate".equals(strategy.getType())) {
            return 0;
        }
        IntOrString value = strategy == null || strategy.getRollingUpdate() == null ? null
                : strategy.getRollingUpdate().getMaxUnavailable();
        if (value == null) {
            return replicas / 4;
        }
        if (value.getIntVal() != null) {
            return value.getIntVal();
        }
        String text = value.getStrVal().strip();
        return text.endsWith("%") ? replicas * Integer.parseInt(text.substring(0, text.length() - 1)) / 100
                : Integer.parseInt(text);
    }

    static int replicas(Deployment d) {
        return d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
    }

    private static int count(Integer n) {
        return n == null ? 0 : n;
    }
}
