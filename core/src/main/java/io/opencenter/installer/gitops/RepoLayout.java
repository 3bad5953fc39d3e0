package io.opencenter.installer.gitops;

import io.opencenter.installer.spec.ClusterConfig;

/**
 * Where things go in the cluster's repository (one repository per cluster, like {@code spec.platform.gitops.repoUrl}):
 * <pre>
 * .sops.yaml                                the install's SOPS creation rules ({@link RepoTree#with})
 * clusters/&lt;name&gt;/kustomization.yaml        what the root Kustomization (path = spec.platform.gitops.path) applies
 * clusters/&lt;name&gt;/flux-system/               the objects of namespace flux-system Flux reconciles from the root:
 *     kustomization.yaml, namespaces.yaml, sources.yaml (upstream manifest sources),
 *     infrastructure.yaml (a Flux Kustomization per infrastructure service), apps.yaml (per app)
 * infrastructure/&lt;service&gt;/                 one folder per service Flux applies from this repository
 * apps/customer-apps/                       the customer's workloads (a sample HTTPRoute on the Gateway)
 * </pre>
 */
public final class RepoLayout {
    public static final String INFRASTRUCTURE = "infrastructure";
    public static final String APPS = "apps";
    /** The file every folder kustomize builds has. */
    public static final String KUSTOMIZATION = "kustomization.yaml";

    private RepoLayout() {}

    /** {@code spec.platform.gitops.path}, default {@code clusters/<name>}, without leading or trailing slashes. */
    public static String clusterDir(ClusterConfig config) {
        var platform = config.spec() == null ? null : config.spec().platform();
        String path = platform == null || platform.gitops() == null ? null : platform.gitops().path();
        if (path == null || path.isBlank()) {
            return "clusters/" + config.name();
        }
        String p = path.strip();
        while (p.startsWith("./") || p.startsWith("/")) {
            p = p.substring(p.startsWith("./") ? 2 : 1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty() || p.contains("..")) {
            throw new IllegalArgumentException("spec.platform.gitops.path " + path
                    + " must name a folder inside the repository, e.g. clusters/" + config.name());
        }
        return p;
    }

    public static String fluxSystemDir(ClusterConfig config) {
        return clusterDir(config) + "/flux-system";
    }

    /** The folder of a service Flux applies from this repository, e.g. {@code infrastructure/harbor}. */
    public static String serviceDir(String serviceId) {
        return (serviceId.equals(FluxNames.CUSTOMER_APPS) ? APPS : INFRASTRUCTURE) + "/" + serviceId;
    }

    /** Where a sealed Secret of a service goes: {@code <serviceDir>/secret-<name>.sops.yaml}. */
    public static String secretFile(String serviceId, String secretName) {
        return serviceDir(serviceId) + "/secret-" + secretName + ".sops.yaml";
    }
}
