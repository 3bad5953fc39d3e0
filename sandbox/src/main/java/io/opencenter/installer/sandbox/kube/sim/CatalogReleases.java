package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.platform.ServiceDef.HealthProbe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a platform service's chart or manifests would put into the cluster, as far as the catalog's health probes look
 * (simulated: the sandbox has no charts): one workload per workload probe, labelled with the probe's selector, one
 * replica, an image named after the chart; a CRD per crd probe (open schema, status subresource); and, for a condition
 * probe on a custom resource, that resource with the condition True, as its operator would report it. A Flux object
 * delivers its service and the service's parts that have no Flux object of their own (Harbor's registry and Trivy).
 * Which service a Flux object delivers follows the catalog's naming: a HelmRelease named after the service in its
 * namespace, a Kustomization named after it in flux-system.
 */
final class CatalogReleases {
    static final String IMAGE_REGISTRY = "sandbox.registry.opencenter.invalid";
    private static final String FLUX_NAMESPACE = "flux-system";

    private final Catalog catalog;

    CatalogReleases(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A custom resource the release creates, with the kind it needs served. */
    record CustomObject(ResourceDefinitionContext type, GenericKubernetesResource object) {
    }

    /** What the release delivers: built-in objects (CRDs first) and custom resources (after their CRDs). */
    record Delivery(List<HasMetadata> objects, List<CustomObject> custom) {
    }

    /** The delivery of a Flux object, or empty when it delivers no catalog service. */
    Optional<Delivery> of(String kind, String namespace, String name) {
        Optional<ServiceDef> service = catalog.service(name).filter(s -> delivers(s, kind, namespace));
        if (service.isEmpty()) {
            return Optional.empty();
        }
        List<ServiceDef> delivered = new ArrayList<>();
        delivered.add(service.get());
        catalog.parts(name).stream().filter(p -> p.health().stream().noneMatch(h -> "flux".equals(h.kind())))
                .forEach(delivered::add);
        List<HasMetadata> crds = new ArrayList<>();
        List<HasMetadata> workloads = new ArrayList<>();
        List<CustomObject> custom = new ArrayList<>();
        Map<String, HasMetadata> seen = new LinkedHashMap<>();
        for (ServiceDef s : delivered) {
            for (HealthProbe p : s.health()) {
                switch (p.kind()) {
                    case "workload" -> workload(s, p).ifPresent(w -> {
                        if (seen.putIfAbsent(w.getKind() + "/" + w.getMetadata().getName(), w) == null) {
                            workloads.add(w);
                        }
                    });
                    case "crd" -> crds.add(crd(p.name()));
                    case "condition" -> customResource(p).ifPresent(custom::add);
                    default -> { } // flux: the object itself
                }
            }
        }
        List<HasMetadata> objects = new ArrayList<>(crds);
        objects.addAll(workloads);
        return Optional.of(new Delivery(objects, custom));
    }

    private static boolean delivers(ServiceDef s, String kind, String namespace) {
        return s.health().stream().anyMatch(p -> "flux".equals(p.kind()) && kind.equals(p.fluxKind())
                && namespace.equals(p.namespace()))
                || "Kustomization".equals(kind) && FLUX_NAMESPACE.equals(namespace) && s.chart() != null
                && !"helm".equals(s.chart().type());
    }

    /** The workload a probe looks for; named by its selector's values ({@code app=harbor,component=core}: harbor-core). */
    private Optional<HasMetadata> workload(ServiceDef s, HealthProbe p) {
        Map<String, String> labels = labels(p.selector());
        String name = name(labels);
        PodTemplateSpec template = new PodTemplateSpecBuilder().withNewMetadata().withLabels(labels).endMetadata()
                .withSpec(podSpec(name, image(s, name))).build();
        HasMetadata w = switch (p.workloadKind()) {
            case "Deployment" -> new DeploymentBuilder().withNewMetadata().withName(name).withNamespace(p.namespace())
                    .withLabels(labels).endMetadata().withNewSpec().withReplicas(1).withNewSelector()
                    .withMatchLabels(labels).endSelector().withTemplate(template).endSpec().build();
            case "StatefulSet" -> new StatefulSetBuilder().withNewMetadata().withName(name)
                    .withNamespace(p.namespace()).withLabels(labels).endMetadata().withNewSpec().withReplicas(1)
                    .withServiceName(name).withPodManagementPolicy("Parallel").withNewSelector()
                    .withMatchLabels(labels).endSelector().withTemplate(template).endSpec().build();
            case "DaemonSet" -> new DaemonSetBuilder().withNewMetadata().withName(name).withNamespace(p.namespace())
                    .withLabels(labels).endMetadata().withNewSpec().withNewSelector().withMatchLabels(labels)
                    .endSelector().withTemplate(template).endSpec().build();
            case "Pod" -> new PodBuilder().withNewMetadata().withName(name).withNamespace(p.namespace())
                    .withLabels(labels).endMetadata().withSpec(podSpec(name, image(s, name))).build();
            default -> null;
        };
        return Optional.ofNullable(w);
    }

    private static PodSpec podSpec(String name, String image) {
        // node agents (speakers, CSI node plugins) run on the control plane too
        return new PodSpecBuilder().addNewContainer().withName(name).withImage(image).endContainer()
                .withTolerations(new Toleration("NoSchedule", NodeController.CONTROL_PLANE, "Exists", null, null))
                .build();
    }

    private static String image(ServiceDef s, String name) {
        String repo = s.chart() != null && s.chart().name() != null ? s.chart().name() : s.id();
        String tag = s.chart() == null ? "latest" : s.chart().appVersion() != null ? s.chart().appVersion()
                : s.chart().version() != null ? s.chart().version() : "latest";
        return IMAGE_REGISTRY + "/" + repo + "/" + name + ":" + tag;
    }

    /** A CRD by its name {@code <plural>.<group>}, served at the version and kind a condition probe names, else v1. */
    private HasMetadata crd(String crdName) {
        int dot = crdName.indexOf('.');
        String plural = crdName.substring(0, dot);
        String group = crdName.substring(dot + 1);
        ResourceDefinitionContext type = typeOf(plural, group);
        return new CustomResourceDefinitionBuilder().withNewMetadata().withName(crdName)
                .addToLabels("sandbox.opencenter.io/simulated", "true").endMetadata().withNewSpec().withGroup(group)
                .withScope("Namespaced").withNewNames().withPlural(plural).withKind(type.getKind())
                .withSingular(type.getKind().toLowerCase(Locale.ROOT)).withListKind(type.getKind() + "List")
                .endNames().addNewVersion().withName(type.getVersion()).withServed(true).withStorage(true)
                .withNewSubresources().withNewStatus().endStatus().endSubresources().withNewSchema()
                .withNewOpenAPIV3Schema().withType("object").withXKubernetesPreserveUnknownFields(true)
                .endOpenAPIV3Schema().endSchema().endVersion().endSpec().build();
    }

    private ResourceDefinitionContext typeOf(String plural, String group) {
        for (ServiceDef s : catalog.services()) {
            for (HealthProbe p : s.health()) {
                if ("condition".equals(p.kind()) && p.apiVersion() != null && p.workloadKind() != null
                        && p.apiVersion().startsWith(group + "/") && plural(p.workloadKind()).equals(plural)) {
                    return type(group, p.apiVersion().substring(group.length() + 1), p.workloadKind(), plural);
                }
            }
        }
        String singular = plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
                : plural.endsWith("sses") || plural.endsWith("xes") ? plural.substring(0, plural.length() - 2)
                : plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
        return type(group, "v1", Character.toUpperCase(singular.charAt(0)) + singular.substring(1), plural);
    }

    /** The custom resource a condition probe looks at, its condition True; none for Flux or workload kinds. */
    private Optional<CustomObject> customResource(HealthProbe p) {
        if (p.fluxKind() != null || p.apiVersion() == null) {
            return Optional.empty();
        }
        int slash = p.apiVersion().indexOf('/');
        ResourceDefinitionContext type = type(p.apiVersion().substring(0, slash), p.apiVersion().substring(slash + 1),
                p.workloadKind(), plural(p.workloadKind()));
        Map<String, Object> condition = new LinkedHashMap<>();
        condition.put("type", p.condition());
        condition.put("status", "True");
        condition.put("reason", "SimulatedOperator");
        condition.put("message", "reported by the sandbox's simulated operator");
        GenericKubernetesResource o = new GenericKubernetesResourceBuilder().withApiVersion(p.apiVersion())
                .withKind(p.workloadKind()).withNewMetadata().withName(p.name()).withNamespace(p.namespace())
                .endMetadata().addToAdditionalProperties("spec", Map.of())
                .addToAdditionalProperties("status", Map.of("conditions", List.of(condition))).build();
        return Optional.of(new CustomObject(type, o));
    }

    private static ResourceDefinitionContext type(String group, String version, String kind, String plural) {
        return new ResourceDefinitionContext.Builder().withGroup(group).withVersion(version).withKind(kind)
                .withPlural(plural).withNamespaced(true).build();
    }

    private static String plural(String kind) {
        return kind.toLowerCase(Locale.ROOT) + "s";
    }

    private static Map<String, String> labels(String selector) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String pair : selector.split(",")) {
            String[] kv = pair.split("=", 2);
            labels.put(kv[0].trim(), kv[1].trim());
        }
        return labels;
    }

    private static String name(Map<String, String> labels) {
        String name = String.join("-", new LinkedHashSet<>(labels.values())).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]", "-");
        return name.length() > 52 ? name.substring(0, 52).replaceAll("-+$", "") : name;
    }
}
