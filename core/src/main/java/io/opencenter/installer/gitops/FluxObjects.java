package io.opencenter.installer.gitops;

import static io.opencenter.installer.gitops.Yaml.map;
import static io.opencenter.installer.gitops.Yaml.object;

import java.util.List;
import java.util.Map;

/**
 * The Flux objects the repository holds, at the API versions the pinned Flux (2.9, the test bed's controllers)
 * serves: {@code kustomize.toolkit.fluxcd.io/v1}, {@code helm.toolkit.fluxcd.io/v2}, {@code source.toolkit.fluxcd.io/v1}.
 */
final class FluxObjects {
    static final String KUSTOMIZE_API = "kustomize.toolkit.fluxcd.io/v1";
    static final String HELM_API = "helm.toolkit.fluxcd.io/v2";
    static final String SOURCE_API = "source.toolkit.fluxcd.io/v1";
    /** How often Flux compares the cluster with the repository (drift correction). */
    static final String INTERVAL = "10m";
    /** How soon a failed reconciliation is tried again. */
    static final String RETRY = "1m";

    private FluxObjects() {}

    /**
     * A Kustomization in flux-system named after its service. {@code wait: true} makes it Ready only once everything
     * it applied is (a HelmRelease included), which is what gives {@code dependsOn} its meaning; {@code prune: true}
     * removes what leaves the repository; the SOPS decryption is on every Kustomization, so a Secret added later to
     * any folder needs no other change.
     *
     * @param source kind and name of the source in flux-system ({@code GitRepository}/{@link FluxNames#ROOT_SOURCE} for
     *               this repository)
     */
    static Map<String, Object> kustomization(String name, String sourceKind, String sourceName, String path,
                                             List<String> dependsOn, String targetNamespace, String timeout) {
        Map<String, Object> spec = map(
                "interval", INTERVAL,
                "retryInterval", RETRY,
                "timeout", timeout,
                "sourceRef", map("kind", sourceKind, "name", sourceName),
                "path", "./" + path,
                "prune", true,
                "wait", true,
                "targetNamespace", targetNamespace,
                "decryption", map("provider", "sops", "secretRef", map("name", FluxNames.SOPS_AGE_SECRET)));
        if (!dependsOn.isEmpty()) {
            spec.put("dependsOn", dependsOn.stream().map(d -> map("name", d)).toList());
        }
        return object(KUSTOMIZE_API, "Kustomization", name, FluxNames.FLUX_NAMESPACE, "spec", spec);
    }

    /** A HelmRepository; {@code oci://} URLs get {@code type: oci}. */
    static Map<String, Object> helmRepository(String name, String namespace, String url) {
        return object(SOURCE_API, "HelmRepository", name, namespace, "spec", map(
                "interval", "1h",
                "url", url,
                "type", url.startsWith("oci://") ? "oci" : null));
    }

    /**
     * A HelmRelease of {@code chart} at the pinned {@code version}. CRDs are created and replaced with the chart
     * (cert-manager, kyverno, gateway-helm ship them); a failed install or upgrade is retried, then rolled back.
     */
    static Map<String, Object> helmRelease(String name, String namespace, String chart, String version,
                                           String repositoryName, Map<String, Object> values,
                                           List<Map<String, Object>> valuesFrom) {
        Map<String, Object> spec = map(
                "interval", INTERVAL,
                "releaseName", name,
                "chart", map("spec", map("chart", chart, "version", version,
                        "sourceRef", map("kind", "HelmRepository", "name", repositoryName))),
                "install", map("crds", "CreateReplace", "remediation", map("retries", 3)),
                "upgrade", map("crds", "CreateReplace", "remediation", map("retries", 3,
                        "remediateLastFailure", true)),
                "values", values.isEmpty() ? null : values,
                "valuesFrom", valuesFrom.isEmpty() ? null : valuesFrom);
        return object(HELM_API, "HelmRelease", name, namespace, "spec", spec);
    }

    /** An upstream Git repository at a tag, keeping only {@code paths} in the artifact. */
    static Map<String, Object> gitRepository(String name, String url, String tag, List<String> paths) {
        return object(SOURCE_API, "GitRepository", name, FluxNames.FLUX_NAMESPACE, "spec", map(
                "interval", "1h",
                "url", url,
                "ref", map("tag", tag),
                "ignore", ignoreAllBut(paths)));
    }

    /** An OCI artifact at a tag (the offline bundle's copy of an upstream tree). */
    static Map<String, Object> ociRepository(String name, String url, String tag, List<String> paths) {
        return object(SOURCE_API, "OCIRepository", name, FluxNames.FLUX_NAMESPACE, "spec", map(
                "interval", "1h",
                "url", url,
                "ref", map("tag", tag),
                "ignore", ignoreAllBut(paths),
                "insecure", url.startsWith("oci://127.") || url.startsWith("oci://localhost") ? true : null));
    }

    /** gitignore rules that drop everything but {@code paths} (kept small: source-controller stores the artifact). */
    private static String ignoreAllBut(List<String> paths) {
        StringBuilder out = new StringBuilder("/*\n");
        for (String p : paths) {
            StringBuilder prefix = new StringBuilder();
            String[] parts = p.split("/");
            for (int i = 0; i < parts.length; i++) {
                prefix.append('/').append(parts[i]);
                out.append('!').append(prefix).append("/\n");
                if (i < parts.length - 1) {
                    out.append(prefix).append("/*\n");
                }
            }
        }
        return out.toString();
    }

    static Map<String, Object> namespace(String name, boolean privileged) {
        Map<String, Object> ns = object("v1", "Namespace", name, null);
        if (privileged) {
            @SuppressWarnings("unchecked")
            Map<String, Object> labels = (Map<String, Object>) ((Map<String, Object>) ns.get("metadata")).get("labels");
            labels.put("pod-security.kubernetes.io/enforce", "privileged");
        }
        return ns;
    }

    /** A kustomize {@code kustomization.yaml} listing {@code resources} in the given order. */
    static Map<String, Object> kustomizeFile(List<String> resources) {
        return map("apiVersion", "kustomize.config.k8s.io/v1beta1", "kind", "Kustomization",
                "resources", List.copyOf(resources));
    }
}
