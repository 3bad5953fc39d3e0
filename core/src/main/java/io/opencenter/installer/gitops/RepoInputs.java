package io.opencenter.installer.gitops;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.spec.ClusterConfig;
import java.util.List;
import java.util.Objects;

/**
 * What the cluster's Flux repository is made of.
 *
 * @param config  the cluster config (name, profile, disabled services, MetalLB pool, {@code spec.platform.gitops})
 * @param catalog the platform catalog: services, namespaces, charts, dependencies
 * @param charts  where Flux fetches charts and upstream manifests
 * @param secrets Secret manifests to carry sealed (cloud-config, {@link PlatformSecrets#secretFiles}, ...)
 */
public record RepoInputs(ClusterConfig config, Catalog catalog, ChartSource charts, List<SecretFile> secrets) {

    public RepoInputs {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(charts, "charts");
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
    }
}
