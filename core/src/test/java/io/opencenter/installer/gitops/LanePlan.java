package io.opencenter.installer.gitops;

import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.platform.ServiceDef.HealthProbe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the real lane's stand-ins must carry, derived from the selected services' probes and the generated tree: per
 * service that ships CRDs (a Helm chart, an upstream manifest tree, an OLM operator) the CRDs of its API groups, and
 * per service the workloads its probes (and its parts' probes) look for.
 *
 * <p>An API group belongs to the shipping service whose probes (or its parts' probes) name a CRD of that group; the
 * generated tree's objects of that group get CRDs of their kinds from the same service. The one group no probe names
 * is Envoy Gateway's own configuration API ({@link #UNPROBED_GROUPS}); any other group the tree uses that no service
 * ships fails the lane, so a new kind in the generator cannot slip through unnoticed.
 */
final class LanePlan {
    /** Groups of the tree that no catalog probe names, and the service that ships them. */
    static final Map<String, String> UNPROBED_GROUPS = Map.of("gateway.envoyproxy.io", "gateway-controller");
    /** What the API server (or Flux's CRDs, already there) serves: never a stand-in. */
    private static final Predicate<String> BUILT_IN = g -> g.isEmpty() || !g.contains(".")
            || g.endsWith(".toolkit.fluxcd.io") || Set.of("rbac.authorization.k8s.io", "storage.k8s.io",
            "networking.k8s.io", "scheduling.k8s.io", "apiextensions.k8s.io", "policy", "batch").contains(g);

    final List<ServiceDef> services;
    final TreeDocs docs;
    private final Map<String, String> groupOwner = new LinkedHashMap<>();
    private final Map<String, List<StandIns.CrdKind>> crds = new LinkedHashMap<>();

    LanePlan(List<ServiceDef> services, TreeDocs docs) {
        this.services = List.copyOf(services);
        this.docs = docs;
        for (ServiceDef s : services) {
            if (!ships(s)) {
                continue;
            }
            for (HealthProbe p : probesWithParts(s)) {
                if ("crd".equals(p.kind())) {
                    StandIns.CrdKind k = StandIns.CrdKind.ofProbe(p.name());
                    groupOwner.putIfAbsent(k.group(), s.id());
                }
            }
        }
        UNPROBED_GROUPS.forEach(groupOwner::putIfAbsent);
        Map<String, StandIns.CrdKind> byName = new LinkedHashMap<>();
        for (TreeDocs.Doc d : docs.docs()) {
            String apiVersion = String.valueOf(d.content().get("apiVersion"));
            String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
            if (BUILT_IN.test(group)) {
                continue;
            }
            if (!groupOwner.containsKey(group)) {
                throw new IllegalStateException("the generated tree applies " + apiVersion + " " + d.kind() + " ("
                        + d.path() + "), but no selected service's probes name a CRD of group " + group
                        + ": the lane cannot tell which stand-in ships it");
            }
            StandIns.CrdKind k = StandIns.CrdKind.ofTree(apiVersion, d.kind(), d.namespace() != null);
            byName.putIfAbsent(k.crdName(), k);
        }
        for (ServiceDef s : services) {
            if (!ships(s)) {
                continue;
            }
            for (HealthProbe p : probesWithParts(s)) {
                if ("crd".equals(p.kind())) {
                    byName.putIfAbsent(p.name(), StandIns.CrdKind.ofProbe(p.name()));
                }
            }
        }
        byName.values().forEach(k -> crds.computeIfAbsent(groupOwner.get(k.group()), x -> new ArrayList<>()).add(k));
    }

    /** Services that ship software of their own (a chart, an upstream tree, an OLM operator), hence CRDs. */
    static boolean ships(ServiceDef s) {
        String type = s.chart() == null ? "" : s.chart().type();
        return type.equals("helm") || type.equals("manifest") || type.equals("olm-subscription")
                || type.equals("kustomize") && s.chart().repository() != null;
    }

    static boolean helm(ServiceDef s) {
        return s.chart() != null && "helm".equals(s.chart().type());
    }

    static boolean olm(ServiceDef s) {
        return s.chart() != null && "olm-subscription".equals(s.chart().type());
    }

    static boolean upstream(ServiceDef s) {
        return ships(s) && !helm(s) && !olm(s);
    }

    /** The service's probes followed by those of its selected parts (their release delivers them). */
    List<HealthProbe> probesWithParts(ServiceDef owner) {
        List<HealthProbe> out = new ArrayList<>(owner.health());
        services.stream().filter(p -> owner.id().equals(p.partOf()) && p.chart() == null)
                .forEach(p -> out.addAll(p.health()));
        return out;
    }

    List<StandIns.CrdKind> crdsOf(String serviceId) {
        return crds.getOrDefault(serviceId, List.of());
    }

    Set<String> crdNames() {
        Set<String> out = new LinkedHashSet<>();
        crds.values().forEach(l -> l.forEach(k -> out.add(k.crdName())));
        return out;
    }

    /** The CRDs' YAML of a service, one document each. */
    String crdYaml(String serviceId) {
        return String.join("---\n", crdsOf(serviceId).stream().map(StandIns::crd).toList());
    }

    /** The workloads' YAML a service (with its parts) runs; namespace null leaves each workload's own out. */
    String workloadYaml(ServiceDef s, boolean withNamespace) {
        List<String> out = new ArrayList<>();
        List<StandIns.Workload> workloads = StandIns.workloads(probesWithParts(s));
        for (int i = 0; i < workloads.size(); i++) {
            StandIns.Workload w = workloads.get(i);
            out.add(StandIns.workload(w, StandIns.name(s.id(), w, i), withNamespace ? w.namespace() : null));
        }
        return String.join("---\n", out);
    }

    /**
     * Workloads an operator makes for a service the repository delivers as its own manifests (Keycloak's StatefulSet
     * for its Keycloak resource, the database's for its postgresql): those its probes look for that the tree does
     * not carry itself.
     */
    List<StandIns.Workload> operatorMade(ServiceDef s) {
        if (s.chart() == null || !"kustomize".equals(s.chart().type()) || s.chart().repository() != null) {
            return List.of();
        }
        String folder = RepoLayout.serviceDir(s.id()) + "/";
        List<StandIns.Workload> out = new ArrayList<>();
        for (StandIns.Workload w : StandIns.workloads(s.health())) {
            // a workload of that kind in the folder is the tree's own: its labels must then match by themselves
            boolean inTree = docs.docs().stream().anyMatch(d -> d.path().startsWith(folder) && w.kind().equals(d.kind()));
            if (!inTree) {
                out.add(w);
            }
        }
        return out;
    }

    ServiceDef service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
