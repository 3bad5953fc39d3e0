package io.opencenter.installer.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keystone answers over raw HTTP. Bodies compared with Zed's Keystone 22 on 127.0.0.1:5000 (same 401 body,
 * version document, token fields and the 403 for {@code GET /v3/projects} as a member).
 */
class SandboxKeystoneTest {
    private final ManualClock clock = new ManualClock();
    private SandboxCloud cloud;
    private RawClient raw;

    @BeforeEach
    void start() {
        cloud = SandboxCloud.start(SandboxOptions.builder().clock(clock).tokenLifetime(Duration.ofMinutes(10))
                .build());
        raw = new RawClient(cloud);
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    @Test
    void wrongPasswordGetsKeystonesExact401() {
        HttpResponse<String> r = raw.send("POST", cloud.authUrl() + "/auth/tokens",
                RawClient.passwordAuth("demo", "wrong"), null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).isEqualTo("{\"error\":{\"code\":401,\"message\":\"The request you have made requires "
                + "authentication.\",\"title\":\"Unauthorized\"}}");
        assertThat(r.headers().firstValue("X-Subject-Token")).isEmpty();
    }

    @Test
    void passwordTokenCarriesCatalogWithEveryServiceAndInterface() {
        HttpResponse<String> r = raw.send("POST", cloud.authUrl() + "/auth/tokens",
                RawClient.passwordAuth("demo", "demo"), null);
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.headers().firstValue("X-Subject-Token")).hasValueSatisfying(t -> assertThat(t).startsWith("gAAAAA"));
        JsonNode token = RawClient.json(r).path("token");
        assertThat(token.path("expires_at").asText()).isEqualTo("2026-01-01T00:10:00.000000Z");
        assertThat(token.path("project").path("name").asText()).isEqualTo("demo");
        assertThat(token.path("user").path("domain").path("name").asText()).isEqualTo("Default");
        assertThat(token.path("roles").findValuesAsText("name")).containsExactly("member", "reader");
        List<String> types = new ArrayList<>();
        token.path("catalog").forEach(s -> {
            types.add(s.path("type").asText());
            assertThat(s.path("endpoints").findValuesAsText("interface"))
                    .containsExactlyInAnyOrder("public", "internal", "admin");
            assertThat(s.path("endpoints").findValuesAsText("region_id")).containsOnly("RegionOne");
        });
        assertThat(types).containsExactly("identity", "compute", "network", "volumev3", "block-storage", "image",
                "load-balancer");
        String volumeUrl = token.path("catalog").get(3).path("endpoints").get(0).path("url").asText();
        assertThat(volumeUrl).endsWith("/volume/v3/" + token.path("project").path("id").asText());
    }

    @Test
    void applicationCredentialByIdAndByNameWithUser() {
        var profile = cloud.appCredentialProfile();
        var auth = (io.opencenter.installer.openstack.CloudAuth.ApplicationCredential) profile.auth();
        String byId = "{\"auth\":{\"identity\":{\"methods\":[\"application_credential\"],\"application_credential\":"
                + "{\"id\":\"" + auth.id() + "\",\"secret\":\"" + new String(auth.secret().reveal()) + "\"}}}}";
        HttpResponse<String> r = raw.send("POST", cloud.authUrl() + "/auth/tokens", byId, null);
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(RawClient.json(r).path("token").path("application_credential").path("name").asText())
                .isEqualTo("sandbox");
        assertThat(RawClient.json(r).path("token").path("methods").get(0).asText())
                .isEqualTo("application_credential");

        String byName = "{\"auth\":{\"identity\":{\"methods\":[\"application_credential\"],\"application_credential\":"
                + "{\"name\":\"sandbox\",\"user\":{\"name\":\"demo\",\"domain\":{\"name\":\"Default\"}},"
                + "\"secret\":\"wrong\"}}}}";
        assertThat(raw.send("POST", cloud.authUrl() + "/auth/tokens", byName, null).statusCode()).isEqualTo(401);
        String scoped = byId.replace("}}}}", "}},\"scope\":{\"project\":{\"name\":\"demo\",\"domain\":"
                + "{\"name\":\"Default\"}}}}}");
        HttpResponse<String> refused = raw.send("POST", cloud.authUrl() + "/auth/tokens", scoped, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(RawClient.json(refused).path("error").path("message").asText()).isEqualTo("Error authenticating "
                + "with application credential: Application credentials cannot request a scope.");
    }

    @Test
    void userAndProjectByIdAndUnscopedLogin() {
        JsonNode scoped = RawClient.json(raw.send("POST", cloud.authUrl() + "/auth/tokens",
                RawClient.passwordAuth("demo", "demo"), null)).path("token");
        String userId = scoped.path("user").path("id").asText();
        String projectId = scoped.path("project").path("id").asText();
        String byId = "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"id\":\""
                + userId + "\",\"password\":\"demo\"}}},\"scope\":{\"project\":{\"id\":\"" + projectId + "\"}}}}";
        HttpResponse<String> r = raw.send("POST", cloud.authUrl() + "/auth/tokens", byId, null);
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(RawClient.json(r).path("token").path("project").path("id").asText()).isEqualTo(projectId);

        String unscoped = byId.replaceAll(",\"scope\".*", "}}");
        JsonNode token = RawClient.json(raw.send("POST", cloud.authUrl() + "/auth/tokens", unscoped, null))
                .path("token");
        assertThat(token.has("project")).isFalse();
        assertThat(token.has("catalog")).isFalse();

        String otherProject = byId.replace(projectId, "0123456789abcdef0123456789abcdef");
        assertThat(raw.send("POST", cloud.authUrl() + "/auth/tokens", otherProject, null).statusCode())
                .isEqualTo(401);
        String noMethods = "{\"auth\":{\"identity\":{\"password\":{}}}}";
        HttpResponse<String> bad = raw.send("POST", cloud.authUrl() + "/auth/tokens", noMethods, null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(RawClient.json(bad).path("error").path("message").asText())
                .startsWith("Invalid input for field 'identity': 'methods' is a required property");
    }

    @Test
    void tokenMethodAndValidation() {
        raw.login();
        String body = "{\"auth\":{\"identity\":{\"methods\":[\"token\"],\"token\":{\"id\":\"" + raw.token() + "\"}}}}";
        HttpResponse<String> r = raw.send("POST", cloud.authUrl() + "/auth/tokens", body, null);
        assertThat(r.statusCode()).isEqualTo(201);
        String second = r.headers().firstValue("X-Subject-Token").orElseThrow();

        var validate = java.net.http.HttpRequest.newBuilder(java.net.URI.create(cloud.authUrl() + "/auth/tokens"))
                .header("X-Auth-Token", raw.token()).header("X-Subject-Token", second).GET().build();
        try {
            var v = java.net.http.HttpClient.newHttpClient().send(validate,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(v.statusCode()).isEqualTo(200);
            assertThat(v.headers().firstValue("X-Subject-Token")).contains(second);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void expiredTokenIsRejectedByEveryService() {
        raw.login();
        assertThat(raw.call("GET", "/compute/v2.1/flavors", null).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(11));
        for (String path : List.of("/compute/v2.1/flavors", "/networking/v2.0/networks", "/volume/v3/{p}/volumes",
                "/image/v2/images", "/identity/v3/regions")) {
            HttpResponse<String> r = raw.call("GET", path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(RawClient.json(r).path("error").path("message").asText())
                    .isEqualTo("The request you have made requires authentication.");
        }
        assertThat(raw.call("GET", "/compute/v2.1/flavors", null).headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Keystone uri="));
    }

    @Test
    void projectsRegionsAndVersionDocument() {
        raw.login();
        assertThat(raw.call("GET", "/identity/v3/projects", null).statusCode()).isEqualTo(403);
        JsonNode mine = RawClient.json(raw.call("GET", "/identity/v3/auth/projects", null));
        assertThat(mine.path("projects").findValuesAsText("name")).containsExactly("demo");
        JsonNode regions = RawClient.json(raw.call("GET", "/identity/v3/regions", null));
        assertThat(regions.path("regions").findValuesAsText("id")).containsExactly("RegionOne");
        JsonNode version = RawClient.json(raw.send("GET", cloud.authUrl(), null, null));
        assertThat(version.path("version").path("id").asText()).isEqualTo("v3.14");
    }

    @Test
    void secondRegionOnlyWhenConfigured() {
        try (SandboxCloud two = SandboxCloud.start(SandboxOptions.builder().extraRegion("RegionTwo").build())) {
            RawClient c = new RawClient(two).login();
            JsonNode regions = RawClient.json(c.call("GET", "/identity/v3/regions", null));
            assertThat(regions.path("regions").findValuesAsText("id")).containsExactly("RegionOne", "RegionTwo");
        }
    }
}
