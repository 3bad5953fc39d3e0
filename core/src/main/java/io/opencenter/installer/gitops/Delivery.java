package io.opencenter.installer.gitops;

import io.opencenter.installer.platform.ServiceDef;

/** How the repository delivers one catalog service. */
enum Delivery {
    /** A HelmRelease (+ its HelmRepository) in {@code infrastructure/<id>}. */
    HELM,
    /** Manifests written here, in {@code infrastructure/<id>} (or {@code apps/<id>}). */
    OWN_MANIFESTS,
    /** An upstream release's manifests, through a GitRepository/OCIRepository source (never copied here). */
    UPSTREAM_MANIFESTS,
    /** An OLM Subscription (+ OperatorGroup) in {@code infrastructure/<id>}. */
    OLM_SUBSCRIPTION,
    /** No object here: Flux itself, kube-vip, or a part its owner's release delivers. */
    NONE;

    static Delivery of(ServiceDef service) {
        ServiceDef.Chart chart = service.chart();
        if (chart == null) {
            return NONE;
        }
        return switch (chart.type()) {
            case "helm" -> HELM;
            case "kustomize" -> chart.repository() == null ? OWN_MANIFESTS : UPSTREAM_MANIFESTS;
            case "manifest" -> UPSTREAM_MANIFESTS;
            case "olm-subscription" -> OLM_SUBSCRIPTION;
            case "flux-install", "static-pod" -> NONE;
            default -> throw new IllegalArgumentException("service " + service.id() + ": the catalog's chart type "
                    + chart.type() + " is not one the repository generator knows");
        };
    }
}
