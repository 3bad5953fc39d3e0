package io.opencenter.installer.rollout;

import io.opencenter.installer.health.ProbeTargets;
import io.opencenter.installer.kube.ApplyOptions;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.kube.ObjectRef;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Asks Flux to reconcile an object now, as {@code flux reconcile} does: the annotation
 * {@value #REQUESTED_AT} set to a new token (Flux copies the token it handled to {@code status.lastHandledReconcileAt}),
 * and for a HelmRelease also {@value #RESET_AT} with the same token, which resets its failure count so that a release
 * that ran out of install retries tries again. Written by server-side apply under a field manager of its own, so that
 * it owns these two annotations and nothing else: the installer's own manager keeps the rest of the object.
 */
final class ReconcileRequest {

    static final String REQUESTED_AT = "reconcile.fluxcd.io/requestedAt";
    static final String RESET_AT = "reconcile.fluxcd.io/resetAt";
    static final ApplyOptions MANAGER = new ApplyOptions("opencenter-installer-reconcile", true);

    private final KubeCluster kube;

    ReconcileRequest(KubeCluster kube) {
        this.kube = kube;
    }

    /** Annotates the object; false when it does not exist (nothing to ask). */
    boolean request(ObjectRef ref, Instant now) {
        if (kube.get(ref).isEmpty()) {
            return false;
        }
        String token = now.toString();
        Map<String, Object> annotations = new LinkedHashMap<>();
        annotations.put(REQUESTED_AT, token);
        if (ref.kind().equals(ProbeTargets.HELM_RELEASE)) {
            annotations.put(RESET_AT, token);
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", ref.name());
        if (ref.namespace() != null) {
            metadata.put("namespace", ref.namespace());
        }
        metadata.put("annotations", annotations);
        kube.apply(new Manifest(Map.of("apiVersion", ref.kind().apiVersion(), "kind", ref.kind().kind(),
                "metadata", metadata)), MANAGER);
        return true;
    }
}
