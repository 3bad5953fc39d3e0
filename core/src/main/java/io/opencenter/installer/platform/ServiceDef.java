package io.opencenter.installer.platform;

import java.util.List;

/**
 * One platform service of the catalog.
 *
 * @param id          stable id used in configs ({@code platform.disabled}), dependencies and diagrams, e.g. {@code velero}
 * @param displayName as the spec's table names it, e.g. "Velero server"
 * @param namespace   id of its {@link NamespaceDef}
 * @param required    false = the user may disable it. For a part ({@code partOf} set) true means "comes and goes
 *                    with its owner": it cannot be disabled on its own, but disabling the owner removes it too
 * @param chart       how it is delivered; null for a part that its owner's release delivers
 * @param dependsOn   services that must be ready before this one (rollout order, auto-selection). An entry is a
 *                    service id or a capability that some service {@code provides} (e.g. {@code storage}: Cinder
 *                    CSI on OpenStack, Longhorn on generic), resolved per profile
 * @param storage     persistent volumes it claims once running (for quota preflight)
 * @param policies    names of ClusterPolicies it ships (Kyverno only)
 * @param partOf      id of the service whose release or group this one belongs to (Kyverno's webhook, Harbor's
 *                    registry, …), or null. Such parts are their own boxes in the diagram and have their own health
 * @param provides    capabilities other services may depend on instead of naming a profile-specific service
 * @param after       ordering only: wait for these services when they are enabled, but never pull them in
 *                    (e.g. Harbor after Prometheus for its ServiceMonitors)
 */
public record ServiceDef(
        String id,
        String displayName,
        String namespace,
        String purpose,
        boolean required,
        List<Profile> profiles,
        Chart chart,
        List<String> dependsOn,
        List<HealthProbe> health,
        List<StorageClaim> storage,
        List<String> policies,
        String partOf,
        List<String> provides,
        List<String> after) {

    public ServiceDef {
        profiles = List.copyOf(profiles);
        dependsOn = List.copyOf(dependsOn);
        health = List.copyOf(health);
        storage = List.copyOf(storage);
        policies = List.copyOf(policies);
        provides = provides == null ? List.of() : List.copyOf(provides);
        after = after == null ? List.of() : List.copyOf(after);
    }

    /** A standalone service without parts, capabilities or ordering hints (the original shape of this record). */
    public ServiceDef(String id, String displayName, String namespace, String purpose, boolean required,
                      List<Profile> profiles, Chart chart, List<String> dependsOn, List<HealthProbe> health,
                      List<StorageClaim> storage, List<String> policies) {
        this(id, displayName, namespace, purpose, required, profiles, chart, dependsOn, health, storage, policies,
                null, List.of(), List.of());
    }

    public boolean in(Profile profile) {
        return profiles.contains(profile);
    }

    /** True when this service belongs to another one's group ({@link #partOf()}). */
    public boolean isPart() {
        return partOf != null;
    }

    /** Total gigabytes of persistent storage this service claims. */
    public int storageGb() {
        return storage.stream().mapToInt(s -> s.count() * s.sizeGb()).sum();
    }

    /** Number of persistent volumes this service claims (Cinder counts volumes as well as gigabytes). */
    public int volumeCount() {
        return storage.stream().mapToInt(StorageClaim::count).sum();
    }

    /**
     * How it is delivered. {@code type} is one of {@code helm} (a Flux HelmRelease of chart {@code name}),
     * {@code kustomize} (a Flux Kustomization), {@code manifest} (upstream release manifests applied by a Flux
     * Kustomization), {@code olm-subscription} (an OLM Subscription to package {@code name} from catalog
     * {@code repository}), {@code flux-install} (a Flux controller the installer installs itself) or
     * {@code static-pod} (written to the control-plane nodes at bootstrap). Unknown facts are null.
     */
    public record Chart(String type, String name, String version, String repository, String appVersion) {}

    /**
     * How health is judged. {@code kind} is one of {@code workload} (uses workloadKind, namespace, selector),
     * {@code flux} (fluxKind, name, namespace), {@code crd} (name) or {@code condition} (on an object: fluxKind
     * or workloadKind + name, condition type). For a condition on a custom resource, {@code workloadKind} is
     * that resource's kind (e.g. {@code Keycloak}) and {@code apiVersion} its group/version. Unused fields are null.
     */
    public record HealthProbe(String kind, String workloadKind, String fluxKind, String namespace, String name,
                              String selector, String condition, String apiVersion) {

        public HealthProbe(String kind, String workloadKind, String fluxKind, String namespace, String name,
                           String selector, String condition) {
            this(kind, workloadKind, fluxKind, namespace, name, selector, condition, null);
        }
    }

    /** {@code count} volumes of {@code sizeGb} each, e.g. 3 × 50 GB for Prometheus. */
    public record StorageClaim(String purpose, int count, int sizeGb) {}
}
