package io.opencenter.installer.platform;

import java.util.List;

/**
 * One platform service of the catalog.
 *
 * @param id          stable id used in configs ({@code platform.disabled}), dependencies and diagrams, e.g. {@code velero}
 * @param displayName as the spec's table names it, e.g. "Velero server"
 * @param namespace   id of its {@link NamespaceDef}
 * @param required    false = the user may disable it
 * @param dependsOn   ids of services that must be ready before this one (rollout order, auto-selection)
 * @param storage     persistent volumes it claims once running (for quota preflight)
 * @param policies    names of ClusterPolicies it ships (Kyverno only)
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
        List<String> policies) {

    public ServiceDef {
        profiles = List.copyOf(profiles);
        dependsOn = List.copyOf(dependsOn);
        health = List.copyOf(health);
        storage = List.copyOf(storage);
        policies = List.copyOf(policies);
    }

    public boolean in(Profile profile) {
        return profiles.contains(profile);
    }

    /** Total gigabytes of persistent storage this service claims. */
    public int storageGb() {
        return storage.stream().mapToInt(s -> s.count() * s.sizeGb()).sum();
    }

    /** How it is delivered: a Helm chart, a manifest release, an OLM subscription or kustomize. */
    public record Chart(String type, String name, String version, String repository, String appVersion) {}

    /**
     * How health is judged. {@code kind} is one of {@code workload} (uses workloadKind, namespace, selector),
     * {@code flux} (fluxKind, name, namespace), {@code crd} (name) or {@code condition} (on an object: fluxKind
     * or workloadKind + name, condition type). Unused fields are null.
     */
    public record HealthProbe(String kind, String workloadKind, String fluxKind, String namespace, String name,
                              String selector, String condition) {}

    /** {@code count} volumes of {@code sizeGb} each, e.g. 3 × 50 GB for Prometheus. */
    public record StorageClaim(String purpose, int count, int sizeGb) {}
}
