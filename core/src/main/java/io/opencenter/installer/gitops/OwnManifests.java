package io.opencenter.installer.gitops;

import static io.opencenter.installer.gitops.Yaml.map;
import static io.opencenter.installer.gitops.Yaml.object;

import io.opencenter.installer.bootstrap.cloudprovider.CloudProviderManifests;
import io.opencenter.installer.kube.Manifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The manifests of the services the repository delivers as plain files ({@code chart.type: kustomize} without an
 * upstream repository): file name → documents, per service.
 */
final class OwnManifests {
    static final String ROOT_CA = "opencenter-root-ca";
    static final String GATEWAY_TLS = "opencenter-gateway-tls";

    private OwnManifests() {}

    static Map<String, List<Map<String, Object>>> of(RepoContext ctx, String serviceId) {
        return switch (serviceId) {
            case "cluster-issuers" -> Map.of("issuers.yaml", clusterIssuers(ctx));
            case "http-routes" -> Map.of("gateway.yaml", gateway(ctx), "routes.yaml", routes(ctx));
            case "keycloak-postgres" -> Map.of("postgresql.yaml", List.of(KeycloakManifests.database()));
            case "keycloak" -> Map.of("keycloak.yaml", KeycloakManifests.keycloak(ctx));
            case "rbac-bindings" -> Map.of("rbacdefinition.yaml", List.of(rbacBindings()));
            case "kafka" -> Map.of("kafka.yaml", kafka());
            case FluxNames.CUSTOMER_APPS -> Map.of("sample-route.yaml", sampleApp());
            case "openstack-ccm" -> Map.of("cloud-controller-manager.yaml",
                    plain(CloudProviderManifests.controllerManager(ctx.clusterName(), ctx.catalog())));
            case "cinder-csi" -> Map.of("cinder-csi.yaml",
                    plain(CloudProviderManifests.cinderCsi(ctx.clusterName(), ctx.catalog())));
            case FluxNames.METALLB_CONFIG -> Map.of("address-pool.yaml", metallbPool(ctx));
            default -> throw new IllegalStateException("service " + serviceId + " is delivered as manifests of this "
                    + "repository, but the generator has none for it");
        };
    }

    private static List<Map<String, Object>> plain(List<Manifest> manifests) {
        List<Map<String, Object>> out = new ArrayList<>();
        manifests.forEach(m -> out.add(new LinkedHashMap<>(m.content())));
        return out;
    }

    /** A self-signed root (10 years) in cert-manager's namespace, and the CA issuer every platform certificate uses. */
    private static List<Map<String, Object>> clusterIssuers(RepoContext ctx) {
        return List.of(
                object("cert-manager.io/v1", "ClusterIssuer", "selfsigned", null, "spec", map("selfSigned", map())),
                object("cert-manager.io/v1", "Certificate", ROOT_CA, "cert-manager", "spec", map(
                        "isCA", true,
                        "commonName", ctx.clusterName() + " platform root CA",
                        "secretName", ROOT_CA,
                        "duration", "87600h",
                        "privateKey", map("algorithm", "ECDSA", "size", 256),
                        "issuerRef", map("group", "cert-manager.io", "kind", "ClusterIssuer", "name", "selfsigned"))),
                object("cert-manager.io/v1", "ClusterIssuer", FluxNames.CA_ISSUER, null,
                        "spec", map("ca", map("secretName", ROOT_CA))));
    }

    /**
     * The shared Gateway: Envoy Gateway's class, its Service pinned to the pool's first address (where the API server
     * expects Keycloak), a certificate for that address from the internal CA, plain HTTP for the customer's apps and
     * one HTTPS listener per platform UI.
     */
    private static List<Map<String, Object>> gateway(RepoContext ctx) {
        String ns = FluxNames.GATEWAY_NAMESPACE;
        String name = FluxNames.GATEWAY;
        List<Map<String, Object>> listeners = new ArrayList<>();
        listeners.add(map("name", "http", "port", 80, "protocol", "HTTP",
                "allowedRoutes", map("namespaces", map("from", "All"))));
        for (GatewayListeners.Ui ui : GatewayListeners.enabled(ctx)) {
            listeners.add(map("name", ui.listener(), "port", ui.port(), "protocol", "HTTPS",
                    "tls", map("mode", "Terminate", "certificateRefs", List.of(map("kind", "Secret", "name", GATEWAY_TLS))),
                    "allowedRoutes", map("namespaces", map("from", "Selector", "selector",
                            map("matchLabels", map("kubernetes.io/metadata.name", ui.namespace()))))));
        }
        return List.of(
                object("gateway.envoyproxy.io/v1alpha1", "EnvoyProxy", name, ns, "spec", map("provider", map(
                        "type", "Kubernetes", "kubernetes", map("envoyService", map("annotations",
                                map("metallb.io/loadBalancerIPs", ctx.gatewayIp())))))),
                object("gateway.networking.k8s.io/v1", "GatewayClass", name, null, "spec", map(
                        "controllerName", "gateway.envoyproxy.io/gatewayclass-controller",
                        "parametersRef", map("group", "gateway.envoyproxy.io", "kind", "EnvoyProxy",
                                "name", name, "namespace", ns))),
                object("cert-manager.io/v1", "Certificate", GATEWAY_TLS, ns, "spec", map(
                        "secretName", GATEWAY_TLS,
                        "commonName", ctx.gatewayIp(),
                        "ipAddresses", List.of(ctx.gatewayIp()),
                        "issuerRef", map("group", "cert-manager.io", "kind", "ClusterIssuer",
                                "name", FluxNames.CA_ISSUER))),
                object("gateway.networking.k8s.io/v1", "Gateway", name, ns, "spec", map(
                        "gatewayClassName", name, "listeners", listeners)));
    }

    /** One HTTPRoute per enabled UI, in the UI's namespace (no ReferenceGrant needed for its backend). */
    private static List<Map<String, Object>> routes(RepoContext ctx) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (GatewayListeners.Ui ui : GatewayListeners.enabled(ctx)) {
            out.add(httpRoute(ui.serviceId(), ui.namespace(), ui.listener(), ui.backend(), ui.backendPort()));
        }
        if (out.isEmpty()) {
            // kustomize refuses an empty file; a Gateway without UIs still serves the customer's routes
            return List.of(map("apiVersion", "v1", "kind", "ConfigMap", "metadata", map("name", "no-platform-ui",
                    "namespace", FluxNames.GATEWAY_NAMESPACE), "data", map("reason", "no platform UI is enabled")));
        }
        return out;
    }

    static Map<String, Object> httpRoute(String name, String namespace, String listener, String backend, int port) {
        return object("gateway.networking.k8s.io/v1", "HTTPRoute", name, namespace, "spec", map(
                "parentRefs", List.of(map("name", FluxNames.GATEWAY, "namespace", FluxNames.GATEWAY_NAMESPACE,
                        "sectionName", listener)),
                "rules", List.of(map("backendRefs", List.of(map("name", backend, "port", port))))));
    }

    /** Keycloak groups → cluster roles (the API server takes the groups from the token's {@code groups} claim). */
    private static Map<String, Object> rbacBindings() {
        return object("rbacmanager.reactiveops.io/v1beta1", "RBACDefinition", "opencenter-oidc-groups", null,
                "rbacBindings", List.of(
                        map("name", "platform-admins", "subjects", List.of(map("kind", "Group", "name", "platform-admins")),
                                "clusterRoleBindings", List.of(map("clusterRole", "cluster-admin"))),
                        map("name", "platform-viewers", "subjects", List.of(map("kind", "Group", "name", "platform-viewers")),
                                "clusterRoleBindings", List.of(map("clusterRole", "view")))));
    }

    /** Kafka in KRaft mode: three nodes that are both controller and broker, 50 GB each (the catalog's claim). */
    private static List<Map<String, Object>> kafka() {
        Map<String, Object> pool = object("kafka.strimzi.io/v1beta2", "KafkaNodePool", "kafka-nodes", "observability",
                "spec", map("replicas", 3, "roles", List.of("controller", "broker"),
                        "storage", map("type", "persistent-claim", "size", "50Gi", "deleteClaim", false)));
        addLabel(pool, "strimzi.io/cluster", "kafka");
        Map<String, Object> kafka = object("kafka.strimzi.io/v1beta2", "Kafka", "kafka", "observability", "spec", map(
                "kafka", map("listeners", List.of(map("name", "plain", "port", 9092, "type", "internal", "tls", false))),
                "entityOperator", map("topicOperator", map())));
        addAnnotation(kafka, "strimzi.io/node-pools", "enabled");
        addAnnotation(kafka, "strimzi.io/kraft", "enabled");
        return List.of(pool, kafka);
    }

    /** The customer's starting point: a Service and its HTTPRoute on the Gateway's plain HTTP listener. */
    private static List<Map<String, Object>> sampleApp() {
        String ns = FluxNames.CUSTOMER_APPS;
        return List.of(
                object("v1", "Service", "sample", ns, "spec", map("selector", map("app", "sample"),
                        "ports", List.of(map("name", "http", "port", 80, "targetPort", 8080)))),
                httpRoute("sample", ns, "http", "sample", 80));
    }

    /** MetalLB hands out spec.network.metallbPool, announced over L2 (ARP) from every node. */
    private static List<Map<String, Object>> metallbPool(RepoContext ctx) {
        String ns = "metallb-system";
        return List.of(
                object("metallb.io/v1beta1", "IPAddressPool", "default", ns,
                        "spec", map("addresses", List.of(ctx.pool().toString()), "autoAssign", true)),
                object("metallb.io/v1beta1", "L2Advertisement", "default", ns,
                        "spec", map("ipAddressPools", List.of("default"))));
    }

    @SuppressWarnings("unchecked")
    static void addLabel(Map<String, Object> object, String key, String value) {
        ((Map<String, Object>) ((Map<String, Object>) object.get("metadata")).get("labels")).put(key, value);
    }

    @SuppressWarnings("unchecked")
    static void addAnnotation(Map<String, Object> object, String key, String value) {
        ((Map<String, Object>) object.get("metadata")).computeIfAbsent("annotations", k -> new LinkedHashMap<>());
        ((Map<String, Object>) ((Map<String, Object>) object.get("metadata")).get("annotations")).put(key, value);
    }
}
