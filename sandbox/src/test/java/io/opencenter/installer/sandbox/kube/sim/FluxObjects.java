package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Minimal CRDs for Flux's kinds, written here for the tests (name, group, versions, a status subresource and an
 * open schema: no upstream CRD is copied), and their objects through the generic client.
 */
final class FluxObjects {
    static final String KUSTOMIZE = "kustomize.toolkit.fluxcd.io";
    static final String HELM = "helm.toolkit.fluxcd.io";
    static final String SOURCE = "source.toolkit.fluxcd.io";

    private final KubernetesClient client;

    FluxObjects(KubernetesClient client) {
        this.client = client;
    }

    /** The five kinds' CRDs: v1 served and stored; OCIRepository also serves v1beta2. */
    FluxObjects installCrds() {
        crd(KUSTOMIZE, "Kustomization", List.of("v1"));
        crd(HELM, "HelmRelease", List.of("v2"));
        crd(SOURCE, "GitRepository", List.of("v1"));
        crd(SOURCE, "HelmRepository", List.of("v1"));
        crd(SOURCE, "OCIRepository", List.of("v1", "v1beta2"));
        return this;
    }

    private void crd(String group, String kind, List<String> versions) {
        String plural = plural(kind);
        List<CustomResourceDefinitionVersion> vs = versions.stream().map(v -> new CustomResourceDefinitionVersionBuilder()
                .withName(v).withServed(true).withStorage(v.equals(versions.get(0))).withNewSubresources()
                .withNewStatus().endStatus().endSubresources().withNewSchema().withNewOpenAPIV3Schema()
                .withType("object").withXKubernetesPreserveUnknownFields(true).endOpenAPIV3Schema().endSchema()
                .build()).toList();
        CustomResourceDefinition crd = new CustomResourceDefinitionBuilder().withNewMetadata()
                .withName(plural + "." + group).endMetadata().withNewSpec().withGroup(group).withScope("Namespaced")
                .withNewNames().withKind(kind).withPlural(plural).withSingular(kind.toLowerCase(Locale.ROOT))
                .withListKind(kind + "List").endNames().withVersions(vs).endSpec().build();
        client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
    }

    GenericKubernetesResource create(String group, String version, String kind, String namespace, String name,
                                     Map<String, Object> spec) {
        GenericKubernetesResource o = new GenericKubernetesResourceBuilder().withApiVersion(group + "/" + version)
                .withKind(kind).withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .addToAdditionalProperties("spec", spec).build();
        return resources(group, version, kind).inNamespace(namespace).resource(o).create();
    }

    GenericKubernetesResource get(String group, String version, String kind, String namespace, String name) {
        return resources(group, version, kind).inNamespace(namespace).withName(name).get();
    }

    void editSpec(String group, String version, String kind, String namespace, String name,
                  Map<String, Object> spec) {
        resources(group, version, kind).inNamespace(namespace).withName(name).edit(o -> {
            o.setAdditionalProperty("spec", spec);
            return o;
        });
    }

    /** The Ready condition: status, reason, message, observedGeneration; or null. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> ready(GenericKubernetesResource o) {
        Object status = o.getAdditionalProperties().get("status");
        if (!(status instanceof Map<?, ?> s) || !(s.get("conditions") instanceof List<?> conditions)) {
            return null;
        }
        return conditions.stream().map(c -> (Map<String, Object>) c).filter(c -> "Ready".equals(c.get("type")))
                .findFirst().orElse(null);
    }

    private io.fabric8.kubernetes.client.dsl.MixedOperation<GenericKubernetesResource,
            io.fabric8.kubernetes.api.model.GenericKubernetesResourceList,
            io.fabric8.kubernetes.client.dsl.Resource<GenericKubernetesResource>> resources(String group,
                                                                                            String version,
                                                                                            String kind) {
        return client.genericKubernetesResources(new ResourceDefinitionContext.Builder().withGroup(group)
                .withVersion(version).withKind(kind).withPlural(plural(kind)).withNamespaced(true).build());
    }

    /** kustomizations, helmreleases, gitrepositories… */
    private static String plural(String kind) {
        String lower = kind.toLowerCase(Locale.ROOT);
        return lower.endsWith("y") ? lower.substring(0, lower.length() - 1) + "ies" : lower + "s";
    }
}
