package io.opencenter.installer.kube.client;

import io.opencenter.installer.kube.ApiKind;
import io.opencenter.installer.kube.ApplyOptions;
import io.opencenter.installer.kube.KubeException;
import io.opencenter.installer.kube.KubeException.Kind;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.Manifest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CustomResourceDefinitions: apply them all, then wait for each to be Established (the server accepted its names
 * and serves it), then until discovery lists its kinds. The last step matters because a client resolves a kind
 * through discovery, and the API server updates discovery a moment after it sets Established; applying a custom
 * resource in that moment would fail with "not served".
 */
final class CrdInstaller {

    static final ApiKind CRD = new ApiKind("apiextensions.k8s.io", "v1", "CustomResourceDefinition");
    private static final long POLL_MS = 100;

    private final ServerSideApply apply;
    private final ConditionWaiter waiter;
    private final KindCatalog kinds;

    CrdInstaller(ServerSideApply apply, ConditionWaiter waiter, KindCatalog kinds) {
        this.apply = apply;
        this.waiter = waiter;
        this.kinds = kinds;
    }

    List<KubeObject> applyCrds(List<Manifest> crds, ApplyOptions options, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Manifest crd : crds) {
            if (!CRD.equals(crd.ref().kind())) {
                throw new IllegalArgumentException(crd + " is not a " + CRD);
            }
        }
        // all applied first, so that the server establishes them side by side
        List<KubeObject> applied = new ArrayList<>();
        crds.forEach(crd -> applied.add(apply.apply(crd, options)));
        for (Manifest crd : crds) {
            // a TIMEOUT here names the last reason, e.g. NotAccepted when the names clash with another CRD
            waiter.waitFor(crd.ref(), "Established", remaining(deadline)).orThrow();
            for (ApiKind kind : servedKinds(crd)) {
                awaitServed(kind, deadline, timeout);
            }
        }
        return applied;
    }

    private void awaitServed(ApiKind kind, long deadline, Duration timeout) {
        while (kinds.find(kind).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new KubeException(Kind.TIMEOUT, 0, kind + " is Established but not in discovery after "
                        + timeout.toSeconds() + " s", null);
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KubeException(Kind.TIMEOUT, 0, "interrupted while waiting for " + kind, e);
            }
        }
    }

    /** The kind at every served version of the CRD. */
    @SuppressWarnings("unchecked")
    private static List<ApiKind> servedKinds(Manifest crd) {
        Map<String, Object> spec = (Map<String, Object>) crd.content().getOrDefault("spec", Map.of());
        Map<String, Object> names = (Map<String, Object>) spec.getOrDefault("names", Map.of());
        String group = (String) spec.get("group");
        String kind = (String) names.get("kind");
        List<ApiKind> out = new ArrayList<>();
        for (Object v : (List<Object>) spec.getOrDefault("versions", List.of())) {
            Map<String, Object> version = (Map<String, Object>) v;
            if (!Boolean.FALSE.equals(version.get("served"))) {
                out.add(new ApiKind(group, (String) version.get("name"), kind));
            }
        }
        return out;
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }
}
