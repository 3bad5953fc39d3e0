package io.opencenter.installer.health;

import io.opencenter.installer.kube.ApiKind;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.KubeEvent;
import io.opencenter.installer.kube.KubeException;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.ObjectRef;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.platform.ServiceDef.HealthProbe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Judges a catalog health probe now, with a few reads through the {@link KubeCluster} port: the workloads its selector
 * finds (and, when one is not ready, its pods' container states and its latest Warning event), the Flux object, the
 * CRD, or the custom resource and its condition. The verdicts themselves are {@link Readiness}'s. Thread-safe (the
 * port is); one call is a handful of requests, so callers space their calls (the rollout's poll interval).
 *
 * <p>A kind the server does not serve (a CRD not installed yet) is MISSING, not an error. Any other failure to read
 * is PROGRESSING with the cause: one dropped request should not fail a rollout, and the next look may succeed.
 */
public final class ProbeEvaluator {

    private final KubeCluster kube;

    public ProbeEvaluator(KubeCluster kube) {
        this.kube = Objects.requireNonNull(kube, "kube");
    }

    public ProbeResult evaluate(HealthProbe probe) {
        try {
            return switch (probe.kind() == null ? "" : probe.kind()) {
                case "workload" -> workloads(probe);
                case "flux" -> flux(probe);
                case "crd" -> crd(probe);
                case "condition" -> condition(probe);
                default -> ProbeResult.missing("unknown probe kind " + probe.kind()
                        + " (the catalog's probes are workload, flux, crd or condition)");
            };
        } catch (KubeException e) {
            if (e.kind() == KubeException.Kind.NOT_FOUND) {
                return ProbeResult.missing(describe(probe) + ": its kind is not served yet (CRD not installed)");
            }
            return ProbeResult.progressing("could not check " + describe(probe) + ": " + e.getMessage());
        }
    }

    /** Every probe of the service, combined ({@link ProbeResult#combine}). */
    public ProbeResult evaluate(ServiceDef service) {
        List<ProbeResult> results = new ArrayList<>();
        for (HealthProbe probe : service.health()) {
            results.add(evaluate(probe));
        }
        return ProbeResult.combine(results);
    }

    private ProbeResult workloads(HealthProbe probe) {
        ApiKind kind = ProbeTargets.workloadKind(probe.workloadKind());
        if (kind == null) {
            return ProbeResult.missing("unknown workload kind " + probe.workloadKind());
        }
        List<KubeObject> found = kube.list(kind, probe.namespace(), probe.selector());
        if (found.isEmpty()) {
            return ProbeResult.missing("no " + probe.workloadKind() + " in " + probe.namespace() + " with "
                    + probe.selector() + " yet");
        }
        List<ProbeResult> results = new ArrayList<>();
        for (KubeObject w : found) {
            ProbeResult r = Readiness.workload(w);
            results.add(r.isReady() || kind.equals(ProbeTargets.POD) ? withEvent(r, w.ref()) : explain(w, r));
        }
        return ProbeResult.combine(results);
    }

    /** A workload not ready: the first pod in trouble says why, else its latest Warning event. */
    private ProbeResult explain(KubeObject workload, ProbeResult verdict) {
        String selector = Readiness.podSelector(workload);
        if (selector != null) {
            for (KubeObject pod : kube.list(ProbeTargets.POD, workload.ref().namespace(), selector)) {
                Optional<ProbeResult> trouble = Readiness.podTrouble(pod);
                if (trouble.isPresent()) {
                    return new ProbeResult(trouble.get().state(), verdict.reason() + "; pod " + trouble.get().reason());
                }
            }
        }
        return withEvent(verdict, workload.ref());
    }

    private ProbeResult flux(HealthProbe probe) {
        ApiKind kind = ProbeTargets.fluxKind(probe.fluxKind());
        if (kind == null) {
            return ProbeResult.missing("unknown Flux kind " + probe.fluxKind());
        }
        ObjectRef ref = new ObjectRef(kind, probe.namespace(), probe.name());
        return kube.get(ref).map(o -> withEvent(Readiness.flux(o), ref))
                .orElseGet(() -> ProbeResult.missing(ref + " does not exist yet"));
    }

    private ProbeResult crd(HealthProbe probe) {
        ObjectRef ref = new ObjectRef(ProbeTargets.CRD, null, probe.name());
        return kube.get(ref).map(Readiness::crd)
                .orElseGet(() -> ProbeResult.missing("CRD " + probe.name() + " is not installed yet"));
    }

    private ProbeResult condition(HealthProbe probe) {
        ObjectRef ref = new ObjectRef(ProbeTargets.conditionKind(probe), probe.namespace(), probe.name());
        return kube.get(ref).map(o -> withEvent(Readiness.condition(o, probe.condition()), ref))
                .orElseGet(() -> ProbeResult.missing(ref + " does not exist yet"));
    }

    /** A verdict that is not READY, with the object's latest Warning event added (what a controller complained of). */
    private ProbeResult withEvent(ProbeResult verdict, ObjectRef ref) {
        if (verdict.isReady()) {
            return verdict;
        }
        Optional<KubeEvent> warning = kube.events(ref).stream().filter(KubeEvent::isWarning)
                .max(Comparator.comparing(KubeEvent::lastSeen, Comparator.nullsFirst(Comparator.naturalOrder())));
        return warning.map(e -> new ProbeResult(verdict.state(), verdict.reason() + "; Warning " + e.reason() + ": "
                + e.message())).orElse(verdict);
    }

    private static String describe(HealthProbe p) {
        return switch (p.kind() == null ? "" : p.kind()) {
            case "workload" -> p.workloadKind() + " in " + p.namespace() + " with " + p.selector();
            case "crd" -> "CRD " + p.name();
            case "condition" -> (p.fluxKind() != null ? p.fluxKind() : p.workloadKind()) + " "
                    + (p.namespace() == null ? "" : p.namespace() + "/") + p.name() + " " + p.condition();
            default -> p.fluxKind() + " " + p.namespace() + "/" + p.name();
        };
    }
}
