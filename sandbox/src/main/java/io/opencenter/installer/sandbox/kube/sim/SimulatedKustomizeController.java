package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.opencenter.installer.secrets.AgeException;
import io.opencenter.installer.secrets.AgeIdentity;
import io.opencenter.installer.secrets.Sops;
import io.opencenter.installer.secrets.SopsException;
import io.opencenter.installer.sandbox.kube.sim.SimulatedKustomizeBuild.Built;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * kustomize-controller's part for a Kustomization whose source the simulator reads ({@link SimulatedGitSource}),
 * simulated: builds {@code spec.path} of the source's artifact ({@link SimulatedKustomizeBuild}), decrypting its SOPS
 * files with the age keys ({@code *.agekey}) of the Secret {@code spec.decryption.secretRef}; checks every object's
 * kind is served before applying any (as the real dry run does; a kind a dependency's chart ships is served then,
 * {@link ShippedCrds}); applies them by server-side apply as field manager
 * {@value #MANAGER} with the labels {@value #NAME_LABEL}/{@value #NAMESPACE_LABEL} (namespaces and CRDs first);
 * records them in {@code status.inventory}; and, with {@code prune: true}, deletes what the previous inventory held and
 * this build no longer does. A Kustomization it applied carries the finalizer {@value #FINALIZER}: when it is deleted,
 * its inventory is pruned (with {@code prune: true}) before it goes. Not simulated: health checks ({@code wait},
 * {@code healthChecks}), {@code targetNamespace}, patches, images, substitutions, drift correction at the interval.
 */
final class SimulatedKustomizeController {
    static final String MANAGER = "kustomize-controller";
    static final String NAME_LABEL = "kustomize.toolkit.fluxcd.io/name";
    static final String NAMESPACE_LABEL = "kustomize.toolkit.fluxcd.io/namespace";
    static final String FINALIZER = "finalizers.fluxcd.io";
    private static final String SIMULATED = " (simulated kustomize-controller)";

    /** What the reconcile decided, and the status fields it sets. */
    record Outcome(boolean ready, String reason, String message, Map<String, Object> status) {
    }

    private final SimContext ctx;
    private final SimulatedGitSource source;
    private final ShippedCrds shipped;
    /** Told of every object a prune deleted (what a deleted HelmRelease installed goes with it). */
    private final Consumer<GenericKubernetesResource> pruned;

    SimulatedKustomizeController(SimContext ctx, SimulatedGitSource source, ShippedCrds shipped,
                                 Consumer<GenericKubernetesResource> pruned) {
        this.ctx = ctx;
        this.source = source;
        this.shipped = shipped;
        this.pruned = pruned;
    }

    /**
     * Builds and applies the Kustomization {@code ks} from the artifact {@code revision} of the repository at
     * {@code url}.
     */
    Outcome reconcile(GenericKubernetesResource ks, String url, String revision) {
        Map<String, Object> spec = FluxController.spec(ks);
        String name = ks.getMetadata().getName();
        String namespace = ks.getMetadata().getNamespace();
        Map<String, Object> attempted = Map.of("lastAttemptedRevision", revision);
        SimulatedKustomizeBuild.Decryptor decryptor;
        try {
            decryptor = decryptor(spec, namespace);
        } catch (Failure f) {
            return new Outcome(false, "ReconciliationFailed", f.getMessage() + SIMULATED, attempted);
        }
        List<Built> built;
        Types built0 = new Types();
        try {
            var snapshot = source.snapshot(url, revision);
            built = new SimulatedKustomizeBuild(snapshot.files(), decryptor, b -> !built0.namespaced(b))
                    .build(Objects.toString(spec.get("path"), ""));
        } catch (SimulatedKustomizeBuild.BuildException | DecryptionFailure e) {
            return new Outcome(false, "BuildFailed", "kustomize build failed: " + e.getMessage() + SIMULATED,
                    attempted);
        } catch (IOException e) {
            return new Outcome(false, "ArtifactFailed", "cannot read revision " + revision + ": " + e.getMessage()
                    + SIMULATED, attempted);
        }
        Types types = built0;
        List<Built> ordered = new ArrayList<>(built.stream().filter(SimulatedKustomizeController::first).toList());
        built.stream().filter(b -> !first(b)).forEach(ordered::add);
        // the real controller dry-runs everything first: one object of a kind nobody serves applies nothing
        Map<Built, ResourceDefinitionContext> resolved = new LinkedHashMap<>();
        for (Built b : ordered) {
            Optional<ResourceDefinitionContext> type = types.of(b.apiVersion(), b.kind());
            boolean crdInBuild = ordered.stream().anyMatch(o -> o.kind().equals("CustomResourceDefinition"));
            if (type.isEmpty() && !crdInBuild && shipped.supply(ks, b.apiVersion(), b.kind(),
                    b.metadata().get("namespace") != null)) {
                types = new Types(); // a dependency's chart serves it: discover again
                type = types.of(b.apiVersion(), b.kind());
            }
            if (type.isEmpty() && !crdInBuild) {
                return new Outcome(false, "ReconciliationFailed", b.kind() + "/" + describe(b) + " dry-run failed: "
                        + "no matches for kind \"" + b.kind() + "\" in version \"" + b.apiVersion() + "\"" + SIMULATED,
                        attempted);
            }
            type.ifPresent(t -> resolved.put(b, t));
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Built b : ordered) {
            ResourceDefinitionContext type = resolved.get(b);
            if (type == null) { // a custom resource of a CRD this build applied a moment ago
                type = new Types().of(b.apiVersion(), b.kind()).orElse(null);
                if (type == null) {
                    return new Outcome(false, "ReconciliationFailed", b.kind() + "/" + describe(b) + " dry-run "
                            + "failed: no matches for kind \"" + b.kind() + "\" in version \"" + b.apiVersion() + "\""
                            + SIMULATED, attempted);
                }
            }
            apply(b, type, name, namespace);
            entries.add(Map.of("id", inventoryId(b, type), "v", type.getVersion()));
        }
        if (Boolean.TRUE.equals(spec.get("prune"))) {
            Set<String> now = new LinkedHashSet<>();
            entries.forEach(e -> now.add(e.get("id").toString()));
            for (Map<String, Object> old : inventory(ks)) {
                if (!now.contains(Objects.toString(old.get("id")))) {
                    delete(old, name, namespace);
                }
            }
        }
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("lastAttemptedRevision", revision);
        status.put("lastAppliedRevision", revision);
        status.put("inventory", Map.of("entries", entries));
        return new Outcome(true, "ReconciliationSucceeded", "Applied revision: " + revision + SIMULATED, status);
    }

    /** A Kustomization this controller applied carries the finalizer; nothing else does. */
    void adopt(GenericKubernetesResource ks, ResourceDefinitionContext type) {
        List<String> finalizers = ks.getMetadata().getFinalizers();
        if (finalizers != null && finalizers.contains(FINALIZER)) {
            return;
        }
        GenericKubernetesResource next = ctx.store().copy(ks);
        List<String> list = new ArrayList<>(finalizers == null ? List.of() : finalizers);
        list.add(FINALIZER);
        next.getMetadata().setFinalizers(list);
        save(ks, next, type);
    }

    /** A deleted Kustomization: its inventory pruned (with {@code prune: true}), then the finalizer released. */
    void finalizeDeleted(GenericKubernetesResource ks, ResourceDefinitionContext type) {
        List<String> finalizers = ks.getMetadata().getFinalizers();
        if (finalizers == null || !finalizers.contains(FINALIZER)) {
            return;
        }
        if (Boolean.TRUE.equals(FluxController.spec(ks).get("prune"))) {
            inventory(ks).forEach(e -> delete(e, ks.getMetadata().getName(), ks.getMetadata().getNamespace()));
        }
        GenericKubernetesResource next = ctx.store().copy(ks);
        next.getMetadata().setFinalizers(finalizers.stream().filter(f -> !f.equals(FINALIZER)).toList());
        save(ks, next, type);
    }

    private void save(GenericKubernetesResource now, GenericKubernetesResource next, ResourceDefinitionContext type) {
        ctx.store().save(now, next, r -> ctx.kube().genericKubernetesResources(type)
                .inNamespace(r.getMetadata().getNamespace()).resource(r));
    }

    private void apply(Built b, ResourceDefinitionContext type, String ksName, String ksNamespace) {
        Map<String, Object> meta = b.metadata();
        @SuppressWarnings("unchecked")
        Map<String, Object> labels = meta.get("labels") instanceof Map<?, ?> l
                ? new LinkedHashMap<>((Map<String, Object>) l) : new LinkedHashMap<>();
        labels.put(NAME_LABEL, ksName);
        labels.put(NAMESPACE_LABEL, ksNamespace);
        meta.put("labels", labels);
        if (type.isNamespaceScoped() && meta.get("namespace") == null) {
            meta.put("namespace", "default");
        }
        GenericKubernetesResource item = ctx.kube().getKubernetesSerialization()
                .convertValue(b.content(), GenericKubernetesResource.class);
        var op = ctx.kube().genericKubernetesResources(type);
        var one = type.isNamespaceScoped() ? op.inNamespace(item.getMetadata().getNamespace()).resource(item)
                : op.resource(item);
        one.fieldManager(MANAGER).forceConflicts().serverSideApply();
    }

    /** Deletes an inventory entry's object when it is still this Kustomization's (and not marked to keep). */
    private void delete(Map<String, Object> entry, String ksName, String ksNamespace) {
        String[] id = Objects.toString(entry.get("id"), "").split("_", -1);
        if (id.length != 4) {
            return;
        }
        String apiVersion = id[2].isEmpty() ? Objects.toString(entry.get("v")) : id[2] + "/" + entry.get("v");
        Optional<ResourceDefinitionContext> type = new Types().of(apiVersion, id[3]);
        if (type.isEmpty()) {
            return; // its kind is gone (a CRD pruned first): so is the object
        }
        var op = ctx.kube().genericKubernetesResources(type.get());
        var one = type.get().isNamespaceScoped() ? op.inNamespace(id[0]).withName(id[1]) : op.withName(id[1]);
        GenericKubernetesResource found = one.get();
        if (found == null) {
            return;
        }
        Map<String, String> labels = Optional.ofNullable(found.getMetadata().getLabels()).orElse(Map.of());
        Map<String, String> annotations = Optional.ofNullable(found.getMetadata().getAnnotations()).orElse(Map.of());
        if (!ksName.equals(labels.get(NAME_LABEL)) || !ksNamespace.equals(labels.get(NAMESPACE_LABEL))
                || "disabled".equals(annotations.get("kustomize.toolkit.fluxcd.io/prune"))) {
            return;
        }
        try {
            one.delete();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
        pruned.accept(found);
    }

    /** The decryption of {@code spec.decryption}: null when there is none. */
    private SimulatedKustomizeBuild.Decryptor decryptor(Map<String, Object> spec, String namespace) throws Failure {
        if (!(spec.get("decryption") instanceof Map<?, ?> decryption)) {
            return null;
        }
        String provider = Objects.toString(decryption.get("provider"), "");
        if (!provider.equals("sops")) {
            throw new Failure("decryption provider '" + provider + "' is not supported: use sops");
        }
        List<AgeIdentity> identities = new ArrayList<>();
        if (decryption.get("secretRef") instanceof Map<?, ?> ref && ref.get("name") != null) {
            identities.addAll(identities(namespace, ref.get("name").toString()));
        }
        return (text, file) -> {
            try {
                return Sops.decrypt(text, identities, file);
            } catch (SopsException | AgeException ex) {
                throw new DecryptionFailure("decryption failed for '" + file + "': " + ex.getMessage());
            }
        };
    }

    /** The age identities of the Secret's {@code *.agekey} keys, as kustomize-controller imports them. */
    private List<AgeIdentity> identities(String namespace, String secretName) throws Failure {
        Secret secret = ctx.kube().secrets().inNamespace(namespace).withName(secretName).get();
        if (secret == null) {
            throw new Failure("cannot get sops decryption Secret '" + namespace + "/" + secretName + "': secrets \""
                    + secretName + "\" not found");
        }
        List<AgeIdentity> identities = new ArrayList<>();
        Map<String, String> data = Optional.ofNullable(secret.getData()).orElse(Map.of());
        for (Map.Entry<String, String> e : data.entrySet()) {
            if (!e.getKey().endsWith(".agekey")) {
                continue;
            }
            String text = new String(Base64.getDecoder().decode(e.getValue()), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    try {
                        identities.add(AgeIdentity.parse(line));
                    } catch (AgeException ex) {
                        throw new Failure("failed to import age keys of Secret '" + namespace + "/" + secretName
                                + "' (" + e.getKey() + "): " + ex.getMessage());
                    }
                }
            }
        }
        return identities;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> inventory(GenericKubernetesResource ks) {
        Object inv = FluxController.map(ks.getAdditionalProperties().get("status")).get("inventory");
        Object entries = inv instanceof Map<?, ?> m ? m.get("entries") : null;
        return entries instanceof List<?> l ? l.stream().filter(Map.class::isInstance)
                .map(e -> (Map<String, Object>) e).toList() : List.of();
    }

    /** cli-utils' object id, as Flux's inventory writes it: {@code <namespace>_<name>_<group>_<kind>}. */
    private static String inventoryId(Built b, ResourceDefinitionContext type) {
        String ns = type.isNamespaceScoped() ? Objects.toString(b.metadata().get("namespace"), "") : "";
        return ns + "_" + b.metadata().get("name") + "_" + Objects.toString(type.getGroup(), "") + "_" + b.kind();
    }

    private static boolean first(Built b) {
        return b.kind().equals("Namespace") || b.kind().equals("CustomResourceDefinition");
    }

    private static String describe(Built b) {
        Object ns = b.metadata().get("namespace");
        return (ns == null ? "" : ns + "/") + b.metadata().get("name");
    }

    /** A reason the reconcile stops, with the message the user sees. */
    private static class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    /** A file that does not decrypt: thrown through the build, which reports it as the build's failure. */
    private static final class DecryptionFailure extends RuntimeException {
        DecryptionFailure(String message) {
            super(message);
        }
    }

    /** The API server's kinds, discovered once per reconcile (a CRD may appear between two). */
    private final class Types {
        private final Map<String, APIResourceList> lists = new HashMap<>();

        Optional<ResourceDefinitionContext> of(String apiVersion, String kind) {
            APIResourceList list = lists.computeIfAbsent(apiVersion, v -> {
                try {
                    return ctx.kube().getApiResources(v);
                } catch (KubernetesClientException e) {
                    if (e.getCode() == 404) {
                        return null;
                    }
                    throw e;
                }
            });
            if (list == null || list.getResources() == null) {
                return Optional.empty();
            }
            for (APIResource r : list.getResources()) {
                if (kind.equals(r.getKind()) && !r.getName().contains("/")) {
                    return Optional.of(ResourceDefinitionContext.fromApiResource(apiVersion, r));
                }
            }
            return Optional.empty();
        }

        boolean namespaced(Built b) {
            return of(b.apiVersion(), b.kind()).map(ResourceDefinitionContext::isNamespaceScoped).orElse(true);
        }
    }
}
