package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersionBuilder;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.platform.ServiceDef.HealthProbe;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The CRDs a chart or an operator's manifests ship besides those the catalog's probes name (simulated): cert-manager's
 * chart serves every kind of {@code cert-manager.io}, OLM every kind of {@code operators.coreos.com}, the Zalando
 * operator {@code acid.zalan.do}'s {@code postgresql}. Nothing is listed by hand: when a Kustomization's dry run meets
 * a kind nobody serves, the kind is served if a release that Kustomization depends on ({@code spec.dependsOn}, followed
 * through the dependencies' own) owns its API group (its service's probes name a CRD of that group, or its chart comes
 * from the group's organisation) and has delivered (a CRD it names is installed): as the real chart's CRDs would be
 * there by then. The kind, version and scope are the ones
 * the repository's object uses. A kind whose group no dependency owns still fails the dry run, as with real Flux: a
 * missing {@code dependsOn} in the generated repository shows here.
 */
final class ShippedCrds {
    private static final String FLUX_NAMESPACE = "flux-system";

    private final SimContext ctx;
    private final Catalog catalog;

    ShippedCrds(SimContext ctx, Catalog catalog) {
        this.ctx = ctx;
        this.catalog = catalog;
    }

    /**
     * Serves {@code kind} at {@code apiVersion} when a release {@code ks} depends on ships its group.
     *
     * @param namespaced whether the repository's object has a namespace
     * @return whether it is served now (the caller discovers it again)
     */
    boolean supply(GenericKubernetesResource ks, String apiVersion, String kind, boolean namespaced) {
        int slash = apiVersion.indexOf('/');
        if (slash < 0) {
            return false; // the core group: nothing ships it
        }
        String group = apiVersion.substring(0, slash);
        String version = apiVersion.substring(slash + 1);
        if (!ownedByADependency(ks, group)) {
            return false;
        }
        String name = plural(kind) + "." + group;
        var crds = ctx.kube().apiextensions().v1().customResourceDefinitions();
        CustomResourceDefinition existing = crds.withName(name).get();
        if (existing == null) {
            ctx.store().create(new CustomResourceDefinitionBuilder().withNewMetadata().withName(name)
                    .addToLabels(SimulatedFluxInstall.SIMULATED_LABEL, "true").endMetadata().withNewSpec()
                    .withGroup(group).withScope(namespaced ? "Namespaced" : "Cluster").withNewNames()
                    .withPlural(plural(kind)).withKind(kind).withSingular(kind.toLowerCase(Locale.ROOT))
                    .withListKind(kind + "List").endNames().withVersions(version(version, true)).endSpec().build());
            return true;
        }
        CustomResourceDefinition next = ctx.store().copy(existing);
        boolean simulated = "true".equals(Objects.requireNonNullElse(existing.getMetadata().getLabels(), Map.of())
                .get(SimulatedFluxInstall.SIMULATED_LABEL));
        if (!kind.equals(existing.getSpec().getNames().getKind())) {
            if (!simulated) {
                return false; // a real CRD of that name serves another kind: the object is wrong, not the cluster
            }
            // a probe names only the CRD; the kind the simulated release guessed from it yields to the real one
            next.getSpec().getNames().setKind(kind);
            next.getSpec().getNames().setListKind(kind + "List");
            next.getSpec().getNames().setSingular(kind.toLowerCase(Locale.ROOT));
        }
        if (next.getSpec().getVersions().stream().noneMatch(v -> v.getName().equals(version))) {
            List<CustomResourceDefinitionVersion> versions = new ArrayList<>(next.getSpec().getVersions());
            versions.add(version(version, false));
            next.getSpec().setVersions(versions);
        }
        ctx.store().save(existing, next);
        return true;
    }

    /** Whether a release in {@code ks}'s dependency closure owns {@code group} and has installed a CRD of it. */
    private boolean ownedByADependency(GenericKubernetesResource ks, String group) {
        Set<String> seen = new HashSet<>();
        Deque<GenericKubernetesResource> todo = new ArrayDeque<>(dependencies(ks));
        while (!todo.isEmpty()) {
            GenericKubernetesResource dep = todo.pop();
            if (!seen.add(dep.getMetadata().getNamespace() + "/" + dep.getMetadata().getName())) {
                continue;
            }
            if (delivered(dep.getMetadata().getName(), group)) {
                return true;
            }
            todo.addAll(dependencies(dep));
        }
        return false;
    }

    /**
     * Whether the catalog service of that name owns {@code group} and has delivered: it (or one of its parts) names a
     * CRD of that group that is installed; or its chart comes from the group's organisation (Envoy Gateway's chart
     * from {@code oci://docker.io/envoyproxy} serves {@code gateway.envoyproxy.io}) and a CRD it names is installed.
     */
    private boolean delivered(String serviceId, String group) {
        List<ServiceDef> services = new ArrayList<>();
        catalog.service(serviceId).ifPresent(services::add);
        services.addAll(catalog.parts(serviceId));
        String[] labels = group.split("\\.");
        String organisation = labels.length >= 2 ? labels[labels.length - 2] : group;
        boolean fromOrganisation = services.stream().anyMatch(s -> s.chart() != null && s.chart().repository() != null
                && s.chart().repository().contains(organisation));
        for (ServiceDef s : services) {
            for (HealthProbe p : s.health()) {
                if ("crd".equals(p.kind()) && (fromOrganisation || p.name().endsWith("." + group))
                        && ctx.kube().apiextensions().v1().customResourceDefinitions().withName(p.name()).get()
                        != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<GenericKubernetesResource> dependencies(GenericKubernetesResource ks) {
        List<GenericKubernetesResource> out = new ArrayList<>();
        Object deps = FluxController.spec(ks).get("dependsOn");
        if (!(deps instanceof List<?> list)) {
            return out;
        }
        ResourceDefinitionContext type = new ResourceDefinitionContext.Builder()
                .withGroup("kustomize.toolkit.fluxcd.io").withVersion(ks.getApiVersion().substring(
                        ks.getApiVersion().indexOf('/') + 1)).withKind("Kustomization").withPlural("kustomizations")
                .withNamespaced(true).build();
        for (Object d : list) {
            Map<String, Object> ref = FluxController.map(d);
            String namespace = Objects.toString(ref.get("namespace"), Objects.requireNonNullElse(
                    ks.getMetadata().getNamespace(), FLUX_NAMESPACE));
            GenericKubernetesResource found = ctx.kube().genericKubernetesResources(type).inNamespace(namespace)
                    .withName(Objects.toString(ref.get("name"), "")).get();
            if (found != null) {
                out.add(found);
            }
        }
        return out;
    }

    private static CustomResourceDefinitionVersion version(String name, boolean storage) {
        return new CustomResourceDefinitionVersionBuilder().withName(name).withServed(true).withStorage(storage)
                .withNewSubresources().withNewStatus().endStatus().endSubresources().withNewSchema()
                .withNewOpenAPIV3Schema().withType("object").withXKubernetesPreserveUnknownFields(true)
                .endOpenAPIV3Schema().endSchema().build();
    }

    /** The resource name the API server would serve a kind under (lower case, English plural). */
    static String plural(String kind) {
        String k = kind.toLowerCase(Locale.ROOT);
        if (k.endsWith("y") && k.length() > 1 && "aeiou".indexOf(k.charAt(k.length() - 2)) < 0) {
            return k.substring(0, k.length() - 1) + "ies";
        }
        return k.endsWith("s") || k.endsWith("x") || k.endsWith("ch") || k.endsWith("sh") ? k + "es" : k + "s";
    }
}
