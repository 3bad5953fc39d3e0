package io.opencenter.installer.gitops;

import java.util.List;

/**
 * The platform UIs on the shared Gateway. The config names no DNS domain, so the UIs cannot be told apart by host
 * name: each gets its own HTTPS port on the Gateway's one address. Keycloak takes 443 because the API server
 * expects the issuer {@code https://<gateway address>/realms/opencenter} (spec.OidcDefaults).
 */
final class GatewayListeners {

    /** One UI: the catalog service that enables it, the port, and the Service the route sends traffic to. */
    record Ui(String serviceId, int port, String namespace, String backend, int backendPort) {
        String listener() {
            return serviceId;
        }
    }

    static final List<Ui> UIS = List.of(
            new Ui("keycloak", 443, "keycloak", "keycloak-service", 8080),
            new Ui("headlamp", 8443, "headlamp", "headlamp", 80),
            new Ui("harbor", 9443, "harbor", "harbor", 80),
            new Ui("grafana", 3443, "observability", "prometheus-grafana", 80));

    private GatewayListeners() {}

    static int port(String serviceId) {
        return UIS.stream().filter(u -> u.serviceId().equals(serviceId)).findFirst().orElseThrow().port();
    }

    static List<Ui> enabled(RepoContext ctx) {
        return UIS.stream().filter(u -> ctx.enabled(u.serviceId())).toList();
    }
}
