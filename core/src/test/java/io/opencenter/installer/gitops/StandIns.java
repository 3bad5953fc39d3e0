package io.opencenter.installer.gitops;

import io.opencenter.installer.platform.ServiceDef.HealthProbe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The objects the real lane's stand-ins are made of, as YAML text: CRDs that accept any content (with a status
 * subresource, so a test can report conditions as an operator would) and workloads whose pods only kwok runs (the image
 * is never pulled). Everything a stand-in carries is derived from the catalog's probes and the generated tree.
 */
final class StandIns {
    /** Every CRD a stand-in makes carries it, so the lane's clean-up finds them. */
    static final String LABEL = "lane.opencenter.io/stand-in";
    static final String IMAGE = "registry.invalid/opencenter-stand-in:1";

    private StandIns() {}

    /** One kind of a stand-in CRD. {@code namespaced} as the generated tree uses it. */
    record CrdKind(String group, String version, String kind, String plural, boolean namespaced) {

        String crdName() {
            return plural + "." + group;
        }

        /** A kind the generated tree applies, e.g. {@code ClusterPolicy} → {@code clusterpolicies}. */
        static CrdKind ofTree(String apiVersion, String kind, boolean namespaced) {
            int slash = apiVersion.indexOf('/');
            return new CrdKind(apiVersion.substring(0, slash), apiVersion.substring(slash + 1), kind,
                    StandIns.plural(kind), namespaced);
        }

        /** A CRD a probe names ({@code certificates.cert-manager.io}): its kind from the plural, served at v1. */
        static CrdKind ofProbe(String crdName) {
            int dot = crdName.indexOf('.');
            String plural = crdName.substring(0, dot);
            String singular = plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
                    : plural.endsWith("sses") ? plural.substring(0, plural.length() - 2)
                    : plural.substring(0, plural.length() - 1);
            return new CrdKind(crdName.substring(dot + 1), "v1", Character.toUpperCase(singular.charAt(0))
                    + singular.substring(1), plural, true);
        }
    }

    static String plural(String kind) {
        String k = kind.toLowerCase(Locale.ROOT);
        if (k.endsWith("y") && !k.endsWith("ay") && !k.endsWith("ey") && !k.endsWith("oy")) {
            return k.substring(0, k.length() - 1) + "ies";
        }
        return k.endsWith("s") || k.endsWith("x") ? k + "es" : k + "s";
    }

    static String crd(CrdKind k) {
        return """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata:
                  name: %s
                  labels: {%s: "true"}%s
                spec:
                  group: %s
                  scope: %s
                  names: {kind: %s, listKind: %sList, plural: %s, singular: %s}
                  versions:
                    - name: %s
                      served: true
                      storage: true
                      subresources: {status: {}}
                      schema:
                        openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
                """.formatted(k.crdName(), LABEL, protectedGroup(k.group())
                        // the API server wants this of the Kubernetes project's groups (Gateway API, snapshots)
                        ? "\n  annotations: {api-approved.kubernetes.io: \"unapproved, a test's stand-in\"}" : "",
                k.group(), k.namespaced() ? "Namespaced" : "Cluster", k.kind(),
                k.kind(), k.plural(), k.kind().toLowerCase(Locale.ROOT), k.version());
    }

    static boolean protectedGroup(String group) {
        return group.endsWith(".k8s.io") || group.endsWith(".kubernetes.io");
    }

    /** A workload a probe looks for. */
    record Workload(String kind, String namespace, Map<String, String> labels) {

        static Workload of(HealthProbe probe) {
            return new Workload(probe.workloadKind(), probe.namespace(), selector(probe.selector()));
        }
    }

    static Map<String, String> selector(String selector) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String term : selector.split(",")) {
            String[] kv = term.strip().split("=", 2);
            if (kv.length != 2 || kv[0].endsWith("!")) {
                throw new IllegalArgumentException("the lane's stand-ins understand key=value selectors, not " + selector);
            }
            labels.put(kv[0].strip(), kv[1].strip());
        }
        return labels;
    }

    /** The workload probes of a list of probes, each workload once. */
    static List<Workload> workloads(List<HealthProbe> probes) {
        List<Workload> out = new ArrayList<>();
        for (HealthProbe p : probes) {
            if ("workload".equals(p.kind())) {
                Workload w = Workload.of(p);
                if (!out.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /**
     * The workload as YAML. {@code namespace} null leaves it out (the Kustomization's targetNamespace or Helm's release
     * namespace puts it in place). Tolerates every taint, one replica, a second's grace (namespace deletion is quick).
     */
    static String workload(Workload w, String name, String namespace) {
        Objects.requireNonNull(name);
        StringBuilder labels = new StringBuilder();
        w.labels().forEach((k, v) -> labels.append("\"").append(k).append("\": \"").append(v).append("\", "));
        String labelMap = "{" + labels.substring(0, labels.length() - 2) + "}";
        String meta = "metadata:\n  name: " + name + "\n" + (namespace == null ? "" : "  namespace: " + namespace + "\n")
                + "  labels: " + labelMap + "\n";
        String podSpec = """
                terminationGracePeriodSeconds: 1
                tolerations: [{operator: Exists}]
                containers: [{name: main, image: %s}]
                """.formatted(IMAGE);
        if (w.kind().equals("Pod")) {
            return "apiVersion: v1\nkind: Pod\n" + meta + "spec:\n" + podSpec.indent(2);
        }
        String spec = "spec:\n"
                + (w.kind().equals("DaemonSet") ? "" : "  replicas: 1\n")
                + (w.kind().equals("StatefulSet") ? "  serviceName: " + name + "\n  podManagementPolicy: Parallel\n" : "")
                + "  selector:\n    matchLabels: " + labelMap + "\n"
                + "  template:\n    metadata:\n      labels: " + labelMap + "\n    spec:\n" + podSpec.indent(6);
        return "apiVersion: apps/v1\nkind: " + w.kind() + "\n" + meta + spec;
    }

    /** A DNS-1123 name for the {@code index}th workload of a service. */
    static String name(String serviceId, Workload w, int index) {
        String n = serviceId + "-" + w.kind().toLowerCase(Locale.ROOT) + "-" + index;
        return n.length() > 63 ? n.substring(0, 63) : n;
    }
}
