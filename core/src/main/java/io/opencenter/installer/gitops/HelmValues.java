package io.opencenter.installer.gitops;

import static io.opencenter.installer.gitops.Yaml.map;

import java.util.List;
import java.util.Map;

/**
 * The values each platform chart is installed with: only what the platform needs to differ from the chart's
 * defaults (volume sizes the quota preflight reserved, admin credentials from the sealed Secrets of
 * {@link PlatformSecrets}, Services behind the shared Gateway). Credentials are never values: charts read them
 * from their Secret by name ({@code existingSecret} and the like).
 */
final class HelmValues {

    private HelmValues() {}

    static Map<String, Object> of(RepoContext ctx, String serviceId) {
        return switch (serviceId) {
            // the CRDs come with the release, so the ClusterIssuers Kustomization finds them
            case "cert-manager" -> map("crds", map("enabled", true));
            case "prometheus" -> prometheus();
            case "loki" -> loki();
            case "promtail" -> map("config", map("clients",
                    List.of(map("url", "http://loki-gateway.observability.svc/loki/api/v1/push"))));
            case "tempo" -> map("ingester", map("replicas", 3, "persistence", map("enabled", true, "size", "10Gi")));
            case "harbor" -> harbor(ctx);
            case "headlamp" -> map("config", map("oidc", map("externalSecret",
                    map("enabled", true, "name", PlatformSecrets.HEADLAMP_OIDC))));
            // Backups need an object store the config does not name yet: the server runs, schedules come later.
            case "velero" -> map("snapshotsEnabled", true, "deployNodeAgent", false,
                    "configuration", map("backupStorageLocation", List.of(), "volumeSnapshotLocation", List.of()));
            default -> map();
        };
    }

    /** kube-prometheus-stack: Prometheus, Alertmanager and Grafana with the volumes the catalog reserves. */
    private static Map<String, Object> prometheus() {
        return map(
                "prometheus", map("prometheusSpec", map("replicas", 2, "storageSpec", claim("50Gi"))),
                "alertmanager", map("alertmanagerSpec", map("replicas", 2, "storage", claim("10Gi"))),
                "grafana", map(
                        "persistence", map("enabled", true, "size", "10Gi"),
                        "admin", map("existingSecret", PlatformSecrets.GRAFANA_ADMIN,
                                "userKey", PlatformSecrets.USER_KEY, "passwordKey", PlatformSecrets.PASSWORD_KEY)));
    }

    private static Map<String, Object> claim(String size) {
        return map("volumeClaimTemplate", map("spec", map("accessModes", List.of("ReadWriteOnce"),
                "resources", map("requests", map("storage", size)))));
    }

    /** Loki in its simple scalable mode (write/read/backend), its chunks in the chart's bundled MinIO. */
    private static Map<String, Object> loki() {
        return map(
                "deploymentMode", "SimpleScalable",
                "loki", map("auth_enabled", false, "schemaConfig", map("configs", List.of(map(
                        "from", "2024-04-01", "store", "tsdb", "object_store", "s3", "schema", "v13",
                        "index", map("prefix", "loki_index_", "period", "24h"))))),
                "minio", map("enabled", true),
                "write", map("replicas", 3, "persistence", map("size", "10Gi")),
                "backend", map("replicas", 3, "persistence", map("size", "10Gi")),
                "read", map("replicas", 2));
    }

    /**
     * Harbor behind the Gateway (TLS ends there, so Harbor itself serves plain HTTP inside the cluster) on its own
     * listener port of the Gateway's address; admin password and encryption key from sealed Secrets.
     */
    private static Map<String, Object> harbor(RepoContext ctx) {
        return map(
                "expose", map("type", "clusterIP", "tls", map("enabled", false)),
                "externalURL", "https://" + ctx.gatewayIp() + ":" + GatewayListeners.port("harbor"),
                "existingSecretAdminPassword", PlatformSecrets.HARBOR_ADMIN,
                "existingSecretAdminPasswordKey", PlatformSecrets.HARBOR_ADMIN_PASSWORD_KEY,
                "existingSecretSecretKey", PlatformSecrets.HARBOR_SECRET_KEY,
                "persistence", map("persistentVolumeClaim", map(
                        "registry", map("size", "100Gi"),
                        "database", map("size", "10Gi"),
                        "redis", map("size", "1Gi"),
                        "jobservice", map("jobLog", map("size", "1Gi")),
                        "trivy", map("size", "5Gi"))));
    }
}
