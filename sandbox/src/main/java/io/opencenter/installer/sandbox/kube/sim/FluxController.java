package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.opencenter.installer.platform.Catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Flux's controllers, as far as readiness goes: every Kustomization, HelmRelease, GitRepository, HelmRepository and
 * OCIRepository (group {@code *.toolkit.fluxcd.io}, any served version whose CRD is installed) gets a Ready condition
 * and {@code status.observedGeneration}. Sources are Ready at once; a Kustomization or HelmRelease is Ready once its
 * source (when it is one of these kinds) and every object in its {@code spec.dependsOn} are Ready at their current
 * generation, and Ready=False meanwhile (reason DependencyNotReady or ArtifactFailed). A whole chain settles in one
 * tick. A suspended object is left alone. What they would apply or install is not: no manifests, no charts; except
 * that a Kustomization or HelmRelease named after a catalog service delivers, when it turns Ready (and again when a
 * reconcile is requested through {@value #REQUESTED_AT}), what that service's health probes look for
 * ({@link CatalogReleases}, simulated); a delivery that fails (a kind whose CRD is not there yet) keeps it Ready=False
 * with reason ReconciliationFailed or InstallFailed until a later tick succeeds, as Flux retries at its interval. The
 * handled request is copied to {@code status.lastHandledReconcileAt}, as Flux does.
 */
final class FluxController {
    static final String READY = "Ready";
    static final String REQUESTED_AT = "reconcile.fluxcd.io/requestedAt";
    private static final Set<String> SOURCES = Set.of("GitRepository", "HelmRepository", "OCIRepository");
    private static final Set<String> KINDS = Set.of("Kustomization", "HelmRelease", "GitRepository",
            "HelmRepository", "OCIRepository");

    private final SimContext ctx;
    private final CatalogReleases releases;
    private final SimulatedGitSource git;
    private final SimulatedKustomizeController kustomize;
    private final ReleaseDelays delays;
    private final ReleaseWriter deliveries;

    FluxController(SimContext ctx) {
        this.ctx = ctx;
        Catalog catalog = Catalog.builtIn();
        this.releases = new CatalogReleases(catalog);
        this.git = new SimulatedGitSource();
        this.kustomize = new SimulatedKustomizeController(ctx, git, new ShippedCrds(ctx, catalog), this::withdraw);
        this.delays = new ReleaseDelays(ctx.options().releaseDelays(), ctx.options().clock());
        this.deliveries = new ReleaseWriter(ctx, releases);
    }

    private record Key(String kind, String namespace, String name) {
        @Override
        public String toString() {
            return kind + "/" + namespace + "/" + name;
        }
    }

    private record Found(GenericKubernetesResource object, ResourceDefinitionContext type) {
    }

    /** Ready or not, why, and the status fields the controller sets besides the Ready condition. */
    private record Verdict(boolean ready, String reason, String message, Map<String, Object> status) {
        Verdict(boolean ready, String reason, String message) {
            this(ready, reason, message, Map.of());
        }
    }

    void reconcile() {
        Map<Key, Found> objects = new LinkedHashMap<>();
        for (ResourceDefinitionContext type : types()) {
            for (GenericKubernetesResource o : ctx.kube().genericKubernetesResources(type).inAnyNamespace().list()
                    .getItems()) {
                if (o.getMetadata().getDeletionTimestamp() != null) {
                    deleted(new Found(o, type)); // a deleted object is no dependency: it is going
                } else {
                    objects.putIfAbsent(key(o), new Found(o, type));
                }
            }
        }
        Map<Key, Verdict> verdicts = new HashMap<>();
        for (Key key : objects.keySet()) {
            Verdict verdict = verdict(key, objects, verdicts, new HashSet<>());
            Found found = objects.get(key);
            if (!suspended(found.object())) {
                save(found, verdict);
            }
        }
    }

    /** A Flux object being deleted: a Kustomization's finalizer prunes what it applied; a release is uninstalled. */
    private void deleted(Found found) {
        GenericKubernetesResource o = found.object();
        if ("Kustomization".equals(o.getKind())) {
            kustomize.finalizeDeleted(o, found.type());
        }
        withdraw(o);
    }

    /**
     * What a catalog service's Flux object delivered leaves with it (its workloads and custom resources; CRDs stay,
     * as Helm keeps them), as when Flux prunes a HelmRelease and helm-controller uninstalls it.
     */
    private void withdraw(GenericKubernetesResource o) {
        String namespace = o.getMetadata().getNamespace();
        if (namespace == null) {
            return;
        }
        releases.of(o.getKind(), namespace, o.getMetadata().getName()).ifPresent(d -> {
            d.objects().stream().filter(w -> !"CustomResourceDefinition".equals(w.getKind()))
                    .forEach(ctx.store()::delete);
            for (CatalogReleases.CustomObject c : d.custom()) {
                if (deliveries.served(c.type())) {
                    ctx.kube().genericKubernetesResources(c.type()).inNamespace(c.object().getMetadata()
                            .getNamespace()).withName(c.object().getMetadata().getName()).delete();
                }
            }
        });
    }

    /** The CRDs of Flux's kinds in the API server, one entry per served version. */
    private List<ResourceDefinitionContext> types() {
        List<ResourceDefinitionContext> types = new ArrayList<>();
        for (CustomResourceDefinition crd : ctx.kube().apiextensions().v1().customResourceDefinitions().list()
                .getItems()) {
            var spec = crd.getSpec();
            if (!spec.getGroup().endsWith(".toolkit.fluxcd.io") || !KINDS.contains(spec.getNames().getKind())) {
                continue;
            }
            spec.getVersions().stream().filter(v -> Boolean.TRUE.equals(v.getServed())).forEach(v -> types.add(
                    new ResourceDefinitionContext.Builder().withGroup(spec.getGroup()).withVersion(v.getName())
                            .withKind(spec.getNames().getKind()).withPlural(spec.getNames().getPlural())
                            .withNamespaced("Namespaced".equals(spec.getScope())).build()));
        }
        return types;
    }

    private Verdict verdict(Key key, Map<Key, Found> objects, Map<Key, Verdict> verdicts, Set<Key> visiting) {
        if (verdicts.containsKey(key)) {
            return verdicts.get(key);
        }
        Found found = objects.get(key);
        if (found == null || !visiting.add(key)) {
            return new Verdict(false, null, null); // missing, or a dependency cycle: never ready
        }
        GenericKubernetesResource o = found.object();
        Verdict verdict;
        if (suspended(o)) {
            verdict = new Verdict(storedReady(o), null, null);
        } else if ("GitRepository".equals(key.kind())) {
            var outcome = git.reconcile(spec(o), map(o.getAdditionalProperties().get("status")), due(o), ctx.now());
            verdict = new Verdict(outcome.ready(), outcome.reason(), outcome.message(), outcome.status());
        } else {
            verdict = dependencies(key, o, objects, verdicts, visiting);
        }
        verdicts.put(key, verdict);
        return verdict;
    }

    private Verdict dependencies(Key key, GenericKubernetesResource o, Map<Key, Found> objects,
                                 Map<Key, Verdict> verdicts, Set<Key> visiting) {
        Key source = sourceRef(key, o);
        String built = null; // the artifact revision a Kustomization builds, when the simulator reads its source
        if (source != null && SOURCES.contains(source.kind())) {
            String what = "Source '" + source.kind() + "/" + source.namespace() + "/" + source.name() + "'";
            if (!objects.containsKey(source)) {
                return new Verdict(false, "ArtifactFailed", what + " not found");
            }
            Verdict sourceVerdict = verdict(source, objects, verdicts, visiting);
            if (!sourceVerdict.ready()) {
                return new Verdict(false, "ArtifactFailed", what + " is not ready");
            }
            if ("Kustomization".equals(key.kind()) && "GitRepository".equals(source.kind())) {
                built = Objects.toString(map(sourceVerdict.status().get("artifact")).get("revision"), null);
            }
        }
        for (Object dep : list(spec(o).get("dependsOn"))) {
            Map<?, ?> ref = dep instanceof Map<?, ?> m ? m : Map.of();
            String namespace = Objects.toString(ref.get("namespace"), key.namespace());
            Key depKey = new Key(key.kind(), namespace, Objects.toString(ref.get("name"), ""));
            if (!verdict(depKey, objects, verdicts, new HashSet<>(visiting)).ready()) {
                return new Verdict(false, "DependencyNotReady", "dependency '" + namespace + "/" + depKey.name()
                        + "' is not ready");
            }
        }
        if (built != null) {
            return applied(key, objects.get(key), built, objects.get(source).object());
        }
        if (("Kustomization".equals(key.kind()) || "HelmRelease".equals(key.kind()))
                && (!storedReady(o) || requested(o) != null && !requested(o).equals(handled(o)))) {
            Verdict installing = installing(key, Map.of());
            if (installing != null) {
                return installing;
            }
            String failure = deliveries.deliver(key.kind(), key.namespace(), key.name());
            if (failure != null) {
                return new Verdict(false, "HelmRelease".equals(key.kind()) ? "InstallFailed" : "ReconciliationFailed",
                        failure);
            }
        }
        return switch (key.kind()) {
            case "Kustomization" -> new Verdict(true, "ReconciliationSucceeded", "Applied revision: sandbox");
            case "HelmRelease" -> new Verdict(true, "InstallSucceeded", "Helm install succeeded for release "
                    + key.namespace() + "/" + key.name() + " (simulated)");
            default -> new Verdict(true, "Succeeded", "stored artifact for revision 'sandbox'");
        };
    }

    /**
     * A Kustomization whose GitRepository the simulator reads: built and applied when its source's revision, its spec
     * or a reconcile request is new, or it is not Ready yet (as the real one retries); then what a catalog service's
     * Kustomization delivers. Otherwise it stands as stored.
     */
    private Verdict applied(Key key, Found found, String revision, GenericKubernetesResource source) {
        GenericKubernetesResource o = found.object();
        Map<String, Object> status = map(o.getAdditionalProperties().get("status"));
        if (storedReady(o) && revision.equals(status.get("lastAppliedRevision")) && !due(o)) {
            Map<?, ?> ready = readyCondition(o);
            return new Verdict(true, Objects.toString(ready.get("reason"), null),
                    Objects.toString(ready.get("message"), null));
        }
        kustomize.adopt(o, found.type());
        var outcome = kustomize.reconcile(o, Objects.toString(spec(source).get("url"), ""), revision);
        if (!outcome.ready()) {
            return new Verdict(false, outcome.reason(), outcome.message(), outcome.status());
        }
        Verdict installing = installing(key, outcome.status());
        if (installing != null) {
            return installing;
        }
        String failure = deliveries.deliver(key.kind(), key.namespace(), key.name());
        if (failure != null) {
            return new Verdict(false, "ReconciliationFailed", failure, outcome.status());
        }
        return new Verdict(true, outcome.reason(), outcome.message(), outcome.status());
    }

    /** Whether the spec changed or a reconcile was requested since the object was last handled. */
    private static boolean due(GenericKubernetesResource o) {
        Object observed = map(o.getAdditionalProperties().get("status")).get("observedGeneration");
        boolean specChanged = observed == null
                || !String.valueOf(observed).equals(String.valueOf(o.getMetadata().getGeneration()));
        return specChanged || requested(o) != null && !requested(o).equals(handled(o));
    }

    /** Ready=False (Progressing) while the service's simulated release still takes its time; null once done. */
    private Verdict installing(Key key, Map<String, Object> status) {
        if (releases.of(key.kind(), key.namespace(), key.name()).isEmpty()) {
            return null;
        }
        var left = delays.remaining(key.toString(), key.name());
        return left.isZero() ? null : new Verdict(false, "Progressing", "installing: " + left.toMillis()
                + " ms to go (simulated readiness delay)", status);
    }

    private static String requested(GenericKubernetesResource o) {
        var annotations = o.getMetadata().getAnnotations();
        return annotations == null ? null : annotations.get(REQUESTED_AT);
    }

    private static String handled(GenericKubernetesResource o) {
        Object v = map(o.getAdditionalProperties().get("status")).get("lastHandledReconcileAt");
        return v == null ? null : v.toString();
    }

    /** Where a Kustomization ({@code spec.sourceRef}) or a HelmRelease ({@code spec.chart.spec.sourceRef}) reads. */
    private static Key sourceRef(Key key, GenericKubernetesResource o) {
        Object ref = spec(o).get("sourceRef");
        if (ref == null && spec(o).get("chart") instanceof Map<?, ?> chart && chart.get("spec") instanceof Map<?, ?> s) {
            ref = s.get("sourceRef");
        }
        if (!(ref instanceof Map<?, ?> m)) {
            return null;
        }
        return new Key(Objects.toString(m.get("kind"), ""), Objects.toString(m.get("namespace"), key.namespace()),
                Objects.toString(m.get("name"), ""));
    }

    private void save(Found found, Verdict verdict) {
        GenericKubernetesResource o = found.object();
        GenericKubernetesResource next = ctx.store().copy(o);
        Long generation = o.getMetadata().getGeneration();
        Map<String, Object> status = new LinkedHashMap<>(map(o.getAdditionalProperties().get("status")));
        List<Object> conditions = new ArrayList<>(list(status.get("conditions")).stream()
                .filter(c -> !(c instanceof Map<?, ?> m && READY.equals(m.get("type")))).toList());
        Map<?, ?> old = readyCondition(o);
        String state = verdict.ready() ? "True" : "False";
        Map<String, Object> ready = new LinkedHashMap<>();
        ready.put("type", READY);
        ready.put("status", state);
        ready.put("observedGeneration", generation);
        ready.put("lastTransitionTime", old != null && state.equals(old.get("status"))
                ? old.get("lastTransitionTime") : ctx.stamp());
        ready.put("reason", verdict.reason());
        ready.put("message", verdict.message());
        conditions.add(0, ready);
        status.putAll(verdict.status());
        status.put("observedGeneration", generation);
        status.put("conditions", conditions);
        if (requested(o) != null) {
            status.put("lastHandledReconcileAt", requested(o));
        }
        next.setAdditionalProperty("status", status);
        ctx.store().save(o, next, r -> ctx.kube().genericKubernetesResources(found.type())
                .inNamespace(r.getMetadata().getNamespace()).resource(r));
    }

    /** Ready=True at the object's current generation, as Flux's dependency checks read it. */
    private static boolean storedReady(GenericKubernetesResource o) {
        Map<?, ?> ready = readyCondition(o);
        Object observed = map(o.getAdditionalProperties().get("status")).get("observedGeneration");
        return ready != null && "True".equals(ready.get("status")) && observed != null
                && Objects.equals(String.valueOf(observed), String.valueOf(o.getMetadata().getGeneration()));
    }

    private static Map<?, ?> readyCondition(GenericKubernetesResource o) {
        return list(map(o.getAdditionalProperties().get("status")).get("conditions")).stream()
                .filter(c -> c instanceof Map<?, ?> m && READY.equals(m.get("type"))).map(c -> (Map<?, ?>) c)
                .findFirst().orElse(null);
    }

    private static boolean suspended(GenericKubernetesResource o) {
        return Boolean.TRUE.equals(spec(o).get("suspend"));
    }

    private static Key key(GenericKubernetesResource o) {
        return new Key(o.getKind(), o.getMetadata().getNamespace(), o.getMetadata().getName());
    }

    static Map<String, Object> spec(GenericKubernetesResource o) {
        return map(o.getAdditionalProperties().get("spec"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}
