package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * StatefulSets → pods {@code <name>-0 … <name>-(n-1)}, each with its PVCs from the volume claim templates
 * ({@code <template>-<name>-<ordinal>}, kept when the pod goes). OrderedReady (the default) creates pod i only once
 * every pod before it is Ready; Parallel creates them all. Scaling down removes the highest ordinals; a new template
 * replaces one pod per tick from the highest ordinal while all are Ready (a RollingUpdate without partitions).
 */
final class StatefulSetController {
    private final SimContext ctx;

    StatefulSetController(SimContext ctx) {
        this.ctx = ctx;
    }

    void reconcile() {
        List<Pod> pods = ctx.kube().pods().inAnyNamespace().list().getItems();
        Set<String> claims = ctx.kube().persistentVolumeClaims().inAnyNamespace().list().getItems().stream()
                .map(c -> Scheduler.key(c.getMetadata().getNamespace(), c.getMetadata().getName()))
                .collect(Collectors.toSet());
        for (StatefulSet sts : ctx.kube().apps().statefulSets().inAnyNamespace().list().getItems()) {
            Map<String, Pod> owned = pods.stream().filter(p -> Pods.ownedBy(p, sts))
                    .collect(Collectors.toMap(p -> p.getMetadata().getName(), Function.identity()));
            int replicas = replicas(sts);
            String revision = revision(sts);
            owned.values().stream().filter(p -> ordinal(sts, p) >= replicas).forEach(ctx.store()::delete);
            boolean ordered = !"Parallel".equals(sts.getSpec().getPodManagementPolicy());
            for (int i = 0; i < replicas; i++) {
                Pod pod = owned.get(podName(sts, i));
                if (pod == null) {
                    ensureClaims(sts, i, claims);
                    ctx.store().create(pod(sts, i, revision));
                    if (ordered) {
                        break;
                    }
                } else if (ordered && !Pods.ready(pod)) {
                    break;
                }
            }
            List<Pod> current = owned.values().stream().filter(p -> ordinal(sts, p) < replicas).toList();
            if (current.size() == replicas && current.stream().allMatch(Pods::ready)) {
                current.stream().filter(p -> !revision.equals(revisionOf(p)))
                        .max(java.util.Comparator.comparingInt(p -> ordinal(sts, p))).ifPresent(ctx.store()::delete);
            }
        }
    }

    void report() {
        List<Pod> pods = ctx.kube().pods().inAnyNamespace().list().getItems();
        for (StatefulSet sts : ctx.kube().apps().statefulSets().inAnyNamespace().list().getItems()) {
            List<Pod> owned = pods.stream().filter(p -> Pods.ownedBy(p, sts)).toList();
            String revision = revision(sts);
            int ready = (int) owned.stream().filter(Pods::ready).count();
            int updated = (int) owned.stream().filter(p -> revision.equals(revisionOf(p))).count();
            StatefulSetStatus status = new StatefulSetStatus();
            status.setObservedGeneration(sts.getMetadata().getGeneration());
            status.setReplicas(owned.size());
            status.setReadyReplicas(ready);
            status.setAvailableReplicas(ready);
            status.setCurrentReplicas(updated);
            status.setUpdatedReplicas(updated);
            status.setCurrentRevision(updated == owned.size() ? revision : owned.stream().map(this::revisionOf)
                    .filter(r -> !revision.equals(r)).findFirst().orElse(revision));
            status.setUpdateRevision(revision);
            StatefulSet next = ctx.store().copy(sts);
            next.setStatus(status);
            ctx.store().save(sts, next);
        }
    }

    private Pod pod(StatefulSet sts, int ordinal, String revision) {
        String name = podName(sts, ordinal);
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("statefulset.kubernetes.io/pod-name", name);
        labels.put("apps.kubernetes.io/pod-index", String.valueOf(ordinal));
        labels.put(DaemonSetController.REVISION_LABEL, revision);
        Pod pod = Pods.fromTemplate(ctx.store(), sts.getSpec().getTemplate(), name, sts, labels);
        pod.getSpec().setHostname(name);
        pod.getSpec().setSubdomain(sts.getSpec().getServiceName());
        List<io.fabric8.kubernetes.api.model.Volume> volumes = new ArrayList<>(Pods.orEmpty(pod.getSpec().getVolumes()));
        for (PersistentVolumeClaim template : Pods.orEmpty(sts.getSpec().getVolumeClaimTemplates())) {
            String volume = template.getMetadata().getName();
            if (volumes.stream().noneMatch(v -> volume.equals(v.getName()))) {
                volumes.add(new VolumeBuilder().withName(volume).withNewPersistentVolumeClaim()
                        .withClaimName(claimName(sts, template, ordinal)).endPersistentVolumeClaim().build());
            }
        }
        pod.getSpec().setVolumes(volumes);
        return pod;
    }

    private void ensureClaims(StatefulSet sts, int ordinal, Set<String> existing) {
        for (PersistentVolumeClaim template : Pods.orEmpty(sts.getSpec().getVolumeClaimTemplates())) {
            String name = claimName(sts, template, ordinal);
            if (existing.add(Scheduler.key(sts.getMetadata().getNamespace(), name))) {
                Map<String, String> labels = new LinkedHashMap<>(Pods.orEmpty(template.getMetadata().getLabels()));
                if (sts.getSpec().getSelector() != null) {
                    labels.putAll(Pods.orEmpty(sts.getSpec().getSelector().getMatchLabels()));
                }
                ctx.store().create(new PersistentVolumeClaimBuilder().withNewMetadata().withName(name)
                        .withNamespace(sts.getMetadata().getNamespace()).withLabels(labels).endMetadata()
                        .withSpec(ctx.store().copy(template.getSpec())).build());
            }
        }
    }

    private static String claimName(StatefulSet sts, PersistentVolumeClaim template, int ordinal) {
        return template.getMetadata().getName() + "-" + podName(sts, ordinal);
    }

    private static String podName(StatefulSet sts, int ordinal) {
        return sts.getMetadata().getName() + "-" + ordinal;
    }

    private static int ordinal(StatefulSet sts, Pod pod) {
        String suffix = pod.getMetadata().getName().substring(sts.getMetadata().getName().length() + 1);
        try {
            return Integer.parseInt(suffix);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE; // not one of ours by name: goes on the next scale-down pass
        }
    }

    /** {@code <name>-<hash of the template>}, as the controller-revision-hash label holds it. */
    private String revision(StatefulSet sts) {
        return sts.getMetadata().getName() + "-" + ctx.store().hash(sts.getSpec().getTemplate());
    }

    private String revisionOf(Pod pod) {
        return Objects.toString(Pods.orEmpty(pod.getMetadata().getLabels()).get(DaemonSetController.REVISION_LABEL),
                "");
    }

    private static int replicas(StatefulSet sts) {
        return sts.getSpec().getReplicas() == null ? 1 : sts.getSpec().getReplicas();
    }
}
