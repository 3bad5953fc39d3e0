package io.opencenter.installer.health;

import io.opencenter.installer.kube.ApiKind;
import io.opencenter.installer.kube.ObjectRef;
import io.opencenter.installer.platform.ServiceDef.HealthProbe;

import java.util.Optional;

/**
 * Which Kubernetes kinds and objects the catalog's probes name: the Flux kinds at the versions the installer writes
 * (HelmRelease {@code helm.toolkit.fluxcd.io/v2}, Kustomization {@code kustomize.toolkit.fluxcd.io/v1}), the
 * built-in workloads, CRDs, and a custom resource by the probe's {@code apiVersion}.
 */
public final class ProbeTargets {

    public static final ApiKind HELM_RELEASE = new ApiKind("helm.toolkit.fluxcd.io", "v2", "HelmRelease");
    public static final ApiKind KUSTOMIZATION = new ApiKind("kustomize.toolkit.fluxcd.io", "v1", "Kustomization");
    public static final ApiKind CRD = new ApiKind("apiextensions.k8s.io", "v1", "CustomResourceDefinition");
    public static final ApiKind POD = new ApiKind("", "v1", "Pod");

    private ProbeTargets() {
    }

    /** HelmRelease or Kustomization; null for another name. */
    public static ApiKind fluxKind(String kind) {
        return switch (kind == null ? "" : kind) {
            case "HelmRelease" -> HELM_RELEASE;
            case "Kustomization" -> KUSTOMIZATION;
            default -> null;
        };
    }

    /** Deployment, StatefulSet, DaemonSet (apps/v1) or Pod (v1); null for another name. */
    public static ApiKind workloadKind(String kind) {
        return switch (kind == null ? "" : kind) {
            case "Deployment", "StatefulSet", "DaemonSet" -> new ApiKind("apps", "v1", kind);
            case "Pod" -> POD;
            default -> null;
        };
    }

    /** The kind a {@code condition} probe looks at: a Flux kind, a workload kind, or its custom resource. */
    public static ApiKind conditionKind(HealthProbe probe) {
        ApiKind flux = fluxKind(probe.fluxKind());
        if (flux != null) {
            return flux;
        }
        ApiKind workload = workloadKind(probe.workloadKind());
        if (workload != null && probe.apiVersion() == null) {
            return workload;
        }
        return ApiKind.of(probe.apiVersion(), probe.workloadKind());
    }

    /**
     * The Flux object a probe names ({@code flux} probes, and {@code condition} probes on a Flux kind): the object a
     * reconcile request is written to.
     */
    public static Optional<ObjectRef> fluxObject(HealthProbe probe) {
        boolean flux = "flux".equals(probe.kind()) || "condition".equals(probe.kind()) && probe.fluxKind() != null;
        ApiKind kind = flux ? fluxKind(probe.fluxKind()) : null;
        return kind == null || probe.name() == null ? Optional.empty()
                : Optional.of(new ObjectRef(kind, probe.namespace(), probe.name()));
    }
}
