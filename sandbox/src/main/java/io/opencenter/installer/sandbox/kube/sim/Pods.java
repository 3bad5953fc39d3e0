package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Volume;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What the controllers ask of pods and owner references. */
final class Pods {
    private Pods() {}

    /** A pod of {@code owner} made from its template, as a workload controller posts it (unscheduled, no status). */
    static Pod fromTemplate(Store store, PodTemplateSpec template, String name, HasMetadata owner,
                            Map<String, String> extraLabels) {
        PodTemplateSpec t = store.copy(template);
        Map<String, String> labels = new LinkedHashMap<>(orEmpty(t.getMetadata() == null ? null
                : t.getMetadata().getLabels()));
        labels.putAll(extraLabels);
        Map<String, String> annotations = t.getMetadata() == null ? Map.of() : orEmpty(t.getMetadata().getAnnotations());
        PodSpec spec = t.getSpec() == null ? new PodSpec() : t.getSpec();
        return new PodBuilder().withNewMetadata().withName(name).withNamespace(owner.getMetadata().getNamespace())
                .withLabels(labels).withAnnotations(new LinkedHashMap<>(annotations))
                .withOwnerReferences(ownerReference(owner)).endMetadata().withSpec(spec).build();
    }

    /** The reference a controller puts on what it owns, so the garbage collector can follow it. */
    static OwnerReference ownerReference(HasMetadata owner) {
        return new OwnerReferenceBuilder().withApiVersion(owner.getApiVersion()).withKind(owner.getKind())
                .withName(owner.getMetadata().getName()).withUid(owner.getMetadata().getUid()).withController(true)
                .withBlockOwnerDeletion(true).build();
    }

    /** The object's controlling owner, if it has one. */
    static Optional<OwnerReference> controller(HasMetadata object) {
        return orEmpty(object.getMetadata().getOwnerReferences()).stream()
                .filter(o -> Boolean.TRUE.equals(o.getController())).findFirst();
    }

    /** True when {@code object} is controlled by {@code owner} (by uid, as the garbage collector follows it). */
    static boolean ownedBy(HasMetadata object, HasMetadata owner) {
        return controller(object).map(o -> Objects.equals(o.getUid(), owner.getMetadata().getUid())).orElse(false);
    }

    static boolean scheduled(Pod pod) {
        return pod.getSpec() != null && pod.getSpec().getNodeName() != null && !pod.getSpec().getNodeName().isEmpty();
    }

    static boolean ready(Pod pod) {
        return condition(pod, "Ready").map(c -> "True".equals(c.getStatus())).orElse(false);
    }

    static Optional<PodCondition> condition(Pod pod, String type) {
        if (pod.getStatus() == null) {
            return Optional.empty();
        }
        return orEmpty(pod.getStatus().getConditions()).stream().filter(c -> type.equals(c.getType())).findFirst();
    }

    /**
     * The pod's condition as it should be now: the old one while its status, reason and message stay the same (so
     * its transition time does too), a new one stamped {@code now} otherwise.
     */
    static PodCondition condition(Pod pod, String type, String status, String reason, String message, String now) {
        return condition(pod, type).filter(c -> status.equals(c.getStatus()) && Objects.equals(reason, c.getReason())
                        && Objects.equals(message, c.getMessage()))
                .orElseGet(() -> new PodConditionBuilder().withType(type).withStatus(status).withReason(reason)
                        .withMessage(message).withLastTransitionTime(now).build());
    }

    /** The PVCs the pod mounts. */
    static List<String> claims(Pod pod) {
        if (pod.getSpec() == null) {
            return List.of();
        }
        return orEmpty(pod.getSpec().getVolumes()).stream().map(Volume::getPersistentVolumeClaim)
                .filter(Objects::nonNull).map(c -> c.getClaimName()).toList();
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
