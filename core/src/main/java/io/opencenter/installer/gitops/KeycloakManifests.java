package io.opencenter.installer.gitops;

import static io.opencenter.installer.gitops.Yaml.map;
import static io.opencenter.installer.gitops.Yaml.object;

import io.opencenter.installer.spec.OidcDefaults;
import java.util.List;
import java.util.Map;

/**
 * Keycloak as the reference runs it: a PostgreSQL 16 cluster of the Zalando operator, the Keycloak instance of the
 * Keycloak operator reading that database, and the realm the API server trusts ({@link OidcDefaults#REALM}) with
 * the clients kubectl and Headlamp log in through. No credential is written here: the database password is the one
 * the Zalando operator generates, the admin and Headlamp's client secret come from sealed {@link PlatformSecrets}.
 */
final class KeycloakManifests {
    static final String NAMESPACE = "keycloak";
    static final String DATABASE = "keycloak-db";
    /** The Secret the Zalando operator creates for user {@code keycloak} of cluster {@value #DATABASE}. */
    static final String DATABASE_SECRET = "keycloak." + DATABASE + ".credentials.postgresql.acid.zalan.do";

    private KeycloakManifests() {}

    /** Two PostgreSQL instances with 10 GB each (the catalog's claim); the name must start with the team id. */
    static Map<String, Object> database() {
        return object("acid.zalan.do/v1", "postgresql", DATABASE, NAMESPACE, "spec", map(
                "teamId", "keycloak",
                "numberOfInstances", 2,
                "volume", map("size", "10Gi"),
                "users", map("keycloak", List.of("createdb")),
                "databases", map("keycloak", "keycloak"),
                "postgresql", map("version", "16")));
    }

    static List<Map<String, Object>> keycloak(RepoContext ctx) {
        String issuerHost = "https://" + ctx.gatewayIp();
        Map<String, Object> instance = object("k8s.keycloak.org/v2alpha1", "Keycloak", "keycloak", NAMESPACE,
                "spec", map(
                        "instances", 1,
                        "db", map("vendor", "postgres", "host", DATABASE, "database", "keycloak",
                                "usernameSecret", map("name", DATABASE_SECRET, "key", "username"),
                                "passwordSecret", map("name", DATABASE_SECRET, "key", "password")),
                        // TLS ends at the Gateway, which forwards the original host and scheme
                        "http", map("httpEnabled", true),
                        "hostname", map("hostname", issuerHost, "strict", true),
                        "proxy", map("headers", "xforwarded"),
                        "bootstrapAdmin", map("user", map("secret", PlatformSecrets.KEYCLOAK_ADMIN))));
        String headlampUrl = "https://" + ctx.gatewayIp() + ":" + GatewayListeners.port("headlamp");
        Map<String, Object> realm = map(
                "realm", OidcDefaults.REALM,
                "enabled", true,
                "groups", List.of(map("name", "platform-admins"), map("name", "platform-viewers")),
                "clientScopes", List.of(map("name", "groups", "protocol", "openid-connect",
                        "protocolMappers", List.of(map("name", "groups", "protocol", "openid-connect",
                                "protocolMapper", "oidc-group-membership-mapper",
                                "config", map("claim.name", "groups", "full.path", "false",
                                        "id.token.claim", "true", "access.token.claim", "true"))))),
                "clients", List.of(
                        // kubectl with an OIDC login plugin: a public client, redirected to the local callback
                        map("clientId", OidcDefaults.CLIENT_ID, "publicClient", true, "standardFlowEnabled", true,
                                "redirectUris", List.of("http://localhost:8000", "http://localhost:18000"),
                                "defaultClientScopes", List.of("groups", "profile", "email")),
                        map("clientId", "headlamp", "publicClient", false, "standardFlowEnabled", true,
                                "secret", "${HEADLAMP_CLIENT_SECRET}",
                                "redirectUris", List.of(headlampUrl + "/oidc-callback"),
                                "defaultClientScopes", List.of("groups", "profile", "email"))));
        Map<String, Object> realmImport = object("k8s.keycloak.org/v2alpha1", "KeycloakRealmImport",
                OidcDefaults.REALM, NAMESPACE, "spec", map(
                        "keycloakCRName", "keycloak",
                        "realm", realm,
                        // the operator substitutes it from the sealed Secret when it imports the realm
                        "placeholders", map("HEADLAMP_CLIENT_SECRET", map("secret",
                                map("name", PlatformSecrets.KEYCLOAK_HEADLAMP_CLIENT, "key",
                                        PlatformSecrets.CLIENT_SECRET_KEY)))));
        return List.of(instance, realmImport);
    }
}
