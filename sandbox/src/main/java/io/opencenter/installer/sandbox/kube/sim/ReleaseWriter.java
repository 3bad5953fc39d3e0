package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes what a catalog service's Flux object delivers ({@link CatalogReleases}, simulated) into the cluster: the
 * objects that are not there yet, the custom resources once their kind is served (a real API server refuses them
 * before), and the simulated operator's conditions on a custom resource the repository applied.
 */
final class ReleaseWriter {
    private final SimContext ctx;
    private final CatalogReleases releases;

    ReleaseWriter(SimContext ctx, CatalogReleases releases) {
        this.ctx = ctx;
        this.releases = releases;
    }

    /** Creates what the object delivers (nothing that exists already); the failure's message, or null. */
    String deliver(String kind, String namespace, String name) {
        var delivery = releases.of(kind, namespace, name);
        if (delivery.isEmpty()) {
            return null;
        }
        delivery.get().objects().forEach(ctx.store()::create);
        for (CatalogReleases.CustomObject c : delivery.get().custom()) {
            String missing = "no matches for kind \"" + c.type().getKind() + "\" in version \""
                    + c.type().getGroup() + "/" + c.type().getVersion() + "\" (is its CRD installed?)";
            if (!served(c.type())) {
                return missing; // the sandbox's API server would store it anyway: a real one refuses
            }
            var dsl = ctx.kube().genericKubernetesResources(c.type())
                    .inNamespace(c.object().getMetadata().getNamespace());
            try {
                GenericKubernetesResource existing = dsl.withName(c.object().getMetadata().getName()).get();
                if (existing != null) {
                    // applied from the repository: its simulated operator reports on it (once: it is then unchanged)
                    reportOn(existing, c, dsl);
                    continue;
                }
                GenericKubernetesResource created = dsl.resource(c.object()).create();
                created.setAdditionalProperty("status", c.object().getAdditionalProperties().get("status"));
                dsl.resource(created).updateStatus();
            } catch (KubernetesClientException e) {
                if (e.getCode() == 404) {
                    return missing;
                }
                if (e.getCode() != 409) {
                    throw e;
                }
            }
        }
        return null;
    }

    /** Sets the simulated operator's conditions on a custom resource that has none of them yet. */
    private void reportOn(GenericKubernetesResource existing, CatalogReleases.CustomObject c,
                          io.fabric8.kubernetes.client.dsl.NonNamespaceOperation<GenericKubernetesResource, ?,
                                  io.fabric8.kubernetes.client.dsl.Resource<GenericKubernetesResource>> dsl) {
        List<?> wanted = FluxController.list(FluxController.map(c.object().getAdditionalProperties().get("status")).get("conditions"));
        Map<String, Object> status = new LinkedHashMap<>(FluxController.map(existing.getAdditionalProperties().get("status")));
        List<Object> conditions = new ArrayList<>(FluxController.list(status.get("conditions")));
        boolean changed = false;
        for (Object w : wanted) {
            Object type = FluxController.map(w).get("type");
            if (conditions.stream().noneMatch(h -> Objects.equals(FluxController.map(h).get("type"), type))) {
                conditions.add(w);
                changed = true;
            }
        }
        if (changed) {
            status.put("conditions", conditions);
            existing.setAdditionalProperty("status", status);
            dsl.resource(existing).updateStatus();
        }
    }

    /** Whether a CRD serves the kind at that version and is Established. */
    boolean served(ResourceDefinitionContext type) {
        CustomResourceDefinition crd = ctx.kube().apiextensions().v1().customResourceDefinitions()
                .withName(type.getPlural() + "." + type.getGroup()).get();
        return crd != null && crd.getSpec().getVersions().stream()
                .anyMatch(v -> v.getName().equals(type.getVersion()) && Boolean.TRUE.equals(v.getServed()))
                && crd.getStatus() != null && crd.getStatus().getConditions() != null
                && crd.getStatus().getConditions().stream()
                .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus()));
    }
}
