package io.opencenter.installer.topology;

import io.opencenter.installer.platform.Actor;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.DataFlow;
import io.opencenter.installer.platform.NamespaceDef;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceDef;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-built catalog shaped like the openCenter spec (15 + 1 namespaces, both profiles, 11 flows, actors and a
 * self-loop step), so topology tests do not depend on the real catalog file.
 */
final class TestCatalogs {

    private static final List<Profile> BOTH = List.of(Profile.OPENSTACK, Profile.GENERIC);
    private static final List<Profile> OPENSTACK = List.of(Profile.OPENSTACK);
    private static final List<Profile> GENERIC = List.of(Profile.GENERIC);
    /** Storage dependency: whichever of the two exists in the profile is kept by the selection. */
    private static final String[] STORAGE = {"cinder-csi", "longhorn"};

    private TestCatalogs() {}

    static Catalog openCenterLike() {
        List<NamespaceDef> ns = new ArrayList<>();
        List<ServiceDef> sv = new ArrayList<>();
        namespace(ns, "flux-system", "GitOps reconciliation engine", BOTH);
        sv.add(service("source-controller", "Source controller", "flux-system", true, BOTH));
        sv.add(service("kustomize-controller", "Kustomize controller", "flux-system", true, BOTH, "source-controller"));
        sv.add(service("helm-controller", "Helm controller", "flux-system", true, BOTH, "source-controller"));
        sv.add(service("notification-controller", "Notification controller", "flux-system", true, BOTH,
                "source-controller"));
        namespace(ns, "olm", "Installs and manages operators", BOTH);
        sv.add(service("olm-operator", "Operator Lifecycle Manager", "olm", true, BOTH, "helm-controller"));
        sv.add(service("olm-catalog", "OLM Catalog", "olm", true, BOTH, "olm-operator"));
        namespace(ns, "cert-manager", "Automated TLS certificate lifecycle", BOTH);
        sv.add(service("cert-manager", "cert-manager", "cert-manager", true, BOTH, "helm-controller"));
        sv.add(service("cluster-issuers", "ClusterIssuers", "cert-manager", true, BOTH, "cert-manager"));
        namespace(ns, "kyverno", "Policy enforcement", BOTH);
        sv.add(service("kyverno", "Kyverno engine", "kyverno", false, BOTH, "helm-controller", "cert-manager"));
        sv.add(service("kyverno-admission", "Admission webhook", "kyverno", false, BOTH, "kyverno"));
        namespace(ns, "keycloak", "Identity and access management via OIDC", BOTH);
        sv.add(service("keycloak", "Keycloak", "keycloak", false, BOTH, "olm-operator", "cert-manager",
                "keycloak-postgres"));
        sv.add(service("keycloak-postgres", "PostgreSQL", "keycloak", false, BOTH, STORAGE));
        namespace(ns, "rbac-manager", "Declarative RBAC from Keycloak group claims", BOTH);
        sv.add(service("rbac-manager", "RBAC Manager", "rbac-manager", false, BOTH, "keycloak"));
        namespace(ns, "metallb-system", "Bare-metal load balancer", BOTH);
        sv.add(service("metallb-controller", "MetalLB controller", "metallb-system", true, BOTH, "helm-controller"));
        sv.add(service("metallb-speaker", "MetalLB speakers", "metallb-system", true, BOTH, "metallb-controller"));
        namespace(ns, "kube-system", "Control-plane HA VIP and cloud-provider integration", BOTH);
        sv.add(service("kube-vip", "kube-vip", "kube-system", true, BOTH));
        sv.add(service("openstack-ccm", "OpenStack Cloud Controller Manager", "kube-system", true, OPENSTACK));
        namespace(ns, "gateway-system", "L7 traffic routing", BOTH);
        sv.add(service("gateway-controller", "Gateway API controller", "gateway-system", true, BOTH,
                "metallb-controller", "cert-manager"));
        sv.add(service("httproutes", "HTTPRoutes", "gateway-system", true, BOTH, "gateway-controller"));
        namespace(ns, "observability", "Metrics, logs, traces, event streaming, and alerting", BOTH);
        sv.add(service("prometheus", "Prometheus", "observability", false, BOTH, with(STORAGE, "olm-operator")));
        sv.add(service("grafana", "Grafana", "observability", false, BOTH, "prometheus"));
        sv.add(service("alertmanager", "Alertmanager", "observability", false, BOTH, "prometheus"));
        sv.add(service("loki", "Loki", "observability", false, BOTH, STORAGE));
        sv.add(service("promtail", "Promtail", "observability", false, BOTH, "loki"));
        sv.add(service("tempo", "Tempo", "observability", false, BOTH, STORAGE));
        sv.add(service("otel-collector", "OTel Collector", "observability", false, BOTH, "kafka"));
        sv.add(service("kafka", "Kafka", "observability", false, BOTH, with(STORAGE, "olm-operator")));
        namespace(ns, "cinder-csi", "Block volume provisioning via OpenStack Cinder", OPENSTACK);
        sv.add(service("cinder-csi", "Cinder CSI driver", "cinder-csi", true, OPENSTACK, "helm-controller"));
        sv.add(service("external-snapshotter", "external-snapshotter", "cinder-csi", true, OPENSTACK, "cinder-csi"));
        namespace(ns, "longhorn-system", "Distributed block storage", GENERIC);
        sv.add(service("longhorn", "Longhorn", "longhorn-system", true, GENERIC, "helm-controller"));
        namespace(ns, "harbor", "Private container registry with vulnerability scanning", BOTH);
        sv.add(service("harbor-core", "Harbor Core", "harbor", false, BOTH, with(STORAGE, "cert-manager")));
        sv.add(service("harbor-registry", "Registry", "harbor", false, BOTH, "harbor-core"));
        sv.add(service("trivy", "Trivy", "harbor", false, BOTH, "harbor-core"));
        namespace(ns, "headlamp", "Kubernetes web dashboard with OIDC authentication", BOTH);
        sv.add(service("headlamp", "Headlamp UI", "headlamp", false, BOTH, "gateway-controller", "keycloak"));
        sv.add(service("headlamp-branding", "Branding plugin", "headlamp", false, BOTH, "headlamp"));
        namespace(ns, "velero", "Cluster backup and disaster recovery", BOTH);
        sv.add(service("velero", "Velero server", "velero", false, BOTH, STORAGE));
        namespace(ns, "customer-apps", "Application workloads routed via Gateway API", BOTH);
        sv.add(service("customer-apps", "Customer deployments", "customer-apps", false, BOTH, "gateway-controller"));

        List<Actor> actors = List.of(
                new Actor("external-traffic", "External traffic"),
                new Actor("git", "Git repository"),
                new Actor("kubernetes-api", "Kubernetes API"),
                new Actor("user", "User"),
                new Actor("operator-browser", "Operator browser"),
                new Actor("pods", "Workload pods"),
                new Actor("openstack-api", "OpenStack APIs"));
        List<DataFlow> flows = List.of(
                flow("ingress", "Ingress path",
                        step("external-traffic", "metallb-speaker", "VIP"),
                        step("metallb-speaker", "gateway-controller", "forward"),
                        step("gateway-controller", "httproutes", "match"),
                        step("httproutes", "customer-apps", "route")),
                flow("control-plane-ha", "Control-plane HA path", step("kube-vip", "kubernetes-api", "advertise VIP")),
                flow("gitops", "GitOps path",
                        step("git", "source-controller", "fetch"),
                        step("source-controller", "kustomize-controller", "artifact"),
                        step("source-controller", "helm-controller", "chart"),
                        step("kustomize-controller", "kubernetes-api", "apply"),
                        step("helm-controller", "kubernetes-api", "install")),
                flow("secrets", "Secrets path",
                        step("git", "source-controller", "SOPS <encrypted> YAML"),
                        step("kustomize-controller", "kubernetes-api", "decrypt & create Secret")),
                flow("observability", "Observability path",
                        step("pods", "otel-collector", "metrics/logs/traces"),
                        step("otel-collector", "kafka", "stream"),
                        step("kafka", "prometheus", "metrics"),
                        step("kafka", "loki", "logs"),
                        step("kafka", "tempo", "traces"),
                        step("prometheus", "grafana", "query"),
                        step("loki", "grafana", "query"),
                        step("tempo", "grafana", "query")),
                flow("policy", "Policy path",
                        step("kubernetes-api", "kyverno-admission", "admission"),
                        step("kyverno-admission", "kyverno", "evaluate"),
                        step("kyverno", "kyverno", "17 ClusterPolicies"),
                        step("kyverno", "kubernetes-api", "admit/reject")),
                flow("auth", "Auth path",
                        step("user", "keycloak", "login"),
                        step("keycloak", "rbac-manager", "JWT group claims"),
                        step("rbac-manager", "kubernetes-api", "RoleBindings")),
                flow("headlamp", "Headlamp path",
                        step("operator-browser", "metallb-speaker", "HTTPS"),
                        step("metallb-speaker", "gateway-controller", "forward"),
                        step("gateway-controller", "headlamp", "route"),
                        step("headlamp", "keycloak", "OIDC login"),
                        step("headlamp", "kubernetes-api", "scoped by RBAC")),
                flow("olm", "OLM path",
                        step("helm-controller", "olm-operator", "deploy OLM"),
                        step("olm-catalog", "olm-operator", "operators"),
                        step("olm-operator", "prometheus", "provision"),
                        step("olm-operator", "keycloak", "provision")),
                flow("storage", "Storage path",
                        step("kubernetes-api", "cinder-csi", "PVC"),
                        step("kubernetes-api", "longhorn", "PVC"),
                        step("cinder-csi", "openstack-api", "create volume")),
                flow("cloud-controller", "Cloud controller path",
                        step("openstack-ccm", "openstack-api", "node metadata, LBaaS")));
        return new Catalog(ns, sv, actors, flows);
    }

    /** Two namespaces, three services, one actor, one flow: for exact assertions. */
    static Catalog tiny() {
        List<NamespaceDef> ns = List.of(new NamespaceDef("base", "base things", BOTH),
                new NamespaceDef("apps", "apps", BOTH));
        List<ServiceDef> sv = List.of(
                service("core", "Core", "base", true, BOTH),
                service("web", "Web <front> & \"back\"", "apps", false, BOTH, "core"),
                service("worker", "Worker", "apps", false, BOTH, "core"));
        List<Actor> actors = List.of(new Actor("user", "User"), new Actor("unused", "Never drawn"));
        List<DataFlow> flows = List.of(
                flow("request", "Request path", step("user", "web", "HTTP"), step("web", "core", "call"),
                        step("core", "worker", "queue")),
                flow("batch", "Batch path", step("worker", "worker", "retry")));
        return new Catalog(ns, sv, actors, flows);
    }

    static List<String> optionalServiceIds(Catalog catalog) {
        return catalog.services().stream().filter(s -> !s.required()).map(ServiceDef::id).toList();
    }

    private static void namespace(List<NamespaceDef> out, String id, String purpose, List<Profile> profiles) {
        out.add(new NamespaceDef(id, purpose, profiles));
    }

    private static String[] with(String[] base, String... more) {
        List<String> all = new ArrayList<>(List.of(base));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    static ServiceDef service(String id, String name, String namespace, boolean required, List<Profile> profiles,
                              String... dependsOn) {
        return new ServiceDef(id, name, namespace, name + " purpose", required, profiles,
                new ServiceDef.Chart("helm", id, "1.0.0", "https://charts.example.test", "1.0.0"),
                List.of(dependsOn), List.of(), List.of(), List.of());
    }

    private static DataFlow flow(String id, String name, DataFlow.Step... steps) {
        return new DataFlow(id, name, name + " description", List.of(steps));
    }

    private static DataFlow.Step step(String from, String to, String label) {
        return new DataFlow.Step(from, to, label);
    }
}
