package io.opencenter.installer.platform;

import io.opencenter.installer.platform.ServiceDef.HealthProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes a {@link HealthProbe} usable by the health watcher; returns problems instead of throwing. */
final class HealthProbeRules {
    static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Pod");
    static final Set<String> FLUX_KINDS = Set.of("HelmRelease", "Kustomization");

    /** A label key, optionally with a DNS prefix ({@code app.kubernetes.io/name}). */
    private static final Pattern LABEL_KEY = Pattern.compile("([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
    private static final Pattern LABEL_VALUE = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
    /** {@code <plural>.<group>}, the form of every CustomResourceDefinition name. */
    private static final Pattern CRD_NAME = Pattern.compile("[a-z0-9]+(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+");
    private static final Pattern API_VERSION = Pattern.compile("[a-z0-9.-]+\\.[a-z]+/v[0-9]+((alpha|beta)[0-9]+)?");

    private HealthProbeRules() {}

    /** Problems of one probe of {@code service}; empty when it is well formed. */
    static List<String> problems(ServiceDef service, HealthProbe p) {
        List<String> out = new ArrayList<>();
        String where = "service " + service.id() + ": " + p.kind() + " probe";
        switch (p.kind() == null ? "" : p.kind()) {
            case "workload" -> {
                require(out, where, isWorkloadKind(p.workloadKind()),
                        "workloadKind must be one of " + WORKLOAD_KINDS + ", was " + p.workloadKind());
                require(out, where, Objects.equals(service.namespace(), p.namespace()),
                        "namespace must be the service's namespace " + service.namespace() + ", was " + p.namespace());
                require(out, where, isSelector(p.selector()),
                        "selector must be key=value[,key=value…], was " + p.selector());
                require(out, where, p.fluxKind() == null && p.condition() == null,
                        "fluxKind and condition belong to flux/condition probes");
            }
            case "flux" -> {
                require(out, where, isFluxKind(p.fluxKind()),
                        "fluxKind must be one of " + FLUX_KINDS + ", was " + p.fluxKind());
                require(out, where, !blank(p.name()) && !blank(p.namespace()), "needs name and namespace");
            }
            case "crd" -> require(out, where, p.name() != null && CRD_NAME.matcher(p.name()).matches(),
                    "name must be <plural>.<group>, was " + p.name());
            case "condition" -> {
                require(out, where, (p.fluxKind() == null) != (p.workloadKind() == null),
                        "needs exactly one of fluxKind and workloadKind");
                require(out, where, !blank(p.name()) && !blank(p.condition()), "needs name and condition");
                boolean builtInKind = isFluxKind(p.fluxKind()) || isWorkloadKind(p.workloadKind());
                require(out, where, builtInKind
                                || p.apiVersion() != null && API_VERSION.matcher(p.apiVersion()).matches(),
                        "a custom resource needs apiVersion group/version, was " + p.apiVersion());
            }
            default -> out.add(where + ": kind must be workload, flux, crd or condition");
        }
        return out;
    }

    /** Equality-based {@code key=value} pairs joined by commas: what the health watcher can turn into a label selector. */
    static boolean isSelector(String selector) {
        if (selector == null || selector.isEmpty()) {
            return false;
        }
        for (String pair : selector.split(",", -1)) {
            String[] kv = pair.split("=", -1);
            if (kv.length != 2 || !LABEL_KEY.matcher(kv[0]).matches() || !LABEL_VALUE.matcher(kv[1]).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Null-safe: {@code Set.of(..).contains(null)} throws. */
    static boolean isWorkloadKind(String kind) {
        return kind != null && WORKLOAD_KINDS.contains(kind);
    }

    static boolean isFluxKind(String kind) {
        return kind != null && FLUX_KINDS.contains(kind);
    }

    private static void require(List<String> out, String where, boolean ok, String message) {
        if (!ok) {
            out.add(where + ": " + message);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
