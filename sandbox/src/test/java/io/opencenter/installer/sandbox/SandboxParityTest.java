package io.opencenter.installer.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.opencenter.installer.sandbox.http.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Read-only parity with the real Zed services of {@code /work/shared/openstack-real} (Keystone :5000, Nova :8774,
 * Neutron :9696, Cinder :8776, Glance :9292), skipped when they are not running. For each call the JSON field
 * names of the sandbox's answer must equal the real one's (values differ: ids, quotas, times). Nothing is created
 * on the real cloud. Creating calls were compared by hand (server BUILD/ACTIVE/ERROR views, anti-affinity fault,
 * volume attach/in-use and its 400s, router interfaces, floating IPs, tags, 409 OverQuota, 413 overLimit) and are
 * asserted literally in {@link SandboxErrorsTest} and {@link SandboxOpenStack4jTest}. The python openstack CLI
 * (openstacksdk 0.101) was also run against the sandbox: flavor/image/network/subnet/router/port/keypair/server
 * group/server/volume/floating IP create, list and show, tags, availability zones, limits and quotas all work.
 */
class SandboxParityTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final String REAL_PASSWORD = System.getenv().getOrDefault("OSR_PASSWORD", "secret");
    private static SandboxCloud cloud;
    private static Side sandbox;
    private static Side real;

    /** One cloud to ask: a token and the root of each service. */
    record Side(String token, String project, String identity, String compute, String network, String volume,
                String image) {
        String url(String service, String path) {
            String base = switch (service) {
                case "identity" -> identity;
                case "compute" -> compute;
                case "network" -> network + "/v2.0";
                case "volume" -> volume;
                default -> image + "/v2";
            };
            return base + path.replace("{p}", project);
        }
    }

    @BeforeAll
    static void login() {
        cloud = SandboxCloud.start();
        sandbox = side(cloud.authUrl(), "demo", "demo");
        try {
            real = side("http://127.0.0.1:5000/v3", "demo", REAL_PASSWORD);
        } catch (RuntimeException e) {
            real = null;
        }
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "identity, /auth/projects, projects/0",
            "identity, /regions, regions/0",
            "compute, /flavors/detail, flavors/0",
            "compute, /limits, limits/absolute",
            "compute, /os-quota-sets/{p}, quota_set",
            "compute, /os-quota-sets/{p}/detail, quota_set",
            "compute, /os-quota-sets/{p}/detail, quota_set/cores",
            "compute, /os-availability-zone, availabilityZoneInfo/0",
            "compute, /servers/detail, ''",
            "compute, /os-keypairs, ''",
            "compute, /os-server-groups, ''",
            "network, /networks?name=public, networks/0",
            "network, /subnets?name=public-subnet, subnets/0",
            "network, /security-groups?name=default, security_groups/0",
            "network, /quotas/{p}, quota",
            "network, /quotas/{p}/details.json, quota",
            "network, /quotas/{p}/details.json, quota/network",
            "network, /networks/does-not-exist, NeutronError",
            "volume, /limits, limits/absolute",
            "volume, /os-quota-sets/{p}?usage=true, quota_set",
            "volume, /volumes/detail, ''",
            "volume, /volumes/does-not-exist, itemNotFound",
            "image, /images?name=ubuntu-24.04, images/0",
            "image, /images?limit=1, ''",
            "compute, /flavors/does-not-exist, itemNotFound",
            "compute, /os-availability-zone/detail, forbidden",
            "volume, /os-availability-zone, availabilityZoneInfo/0",
            "network, /availability_zones, ''",
            "network, /extensions, extensions/0",
    })
    void sameFieldNames(String service, String path, String pointer) {
        assumeTrue(real != null, "real OpenStack on 127.0.0.1 is not running");
        Set<String> mine = fields(get(sandbox, service, path), pointer);
        Set<String> theirs = fields(get(real, service, path), pointer);
        theirs.removeIf(f -> f.startsWith("owner_specified.openstack.")); // set by the real harness' upload tool
        assertThat(theirs).as("the real answer has fields at " + pointer).isNotEmpty();
        assertThat(mine).as(service + " " + path + " " + pointer).isEqualTo(theirs);
    }

    private static Set<String> fields(JsonNode body, String pointer) {
        JsonNode node = pointer.isEmpty() ? body : body.at("/" + pointer);
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static JsonNode get(Side side, String service, String path) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(side.url(service, path)))
                    .header("X-Auth-Token", side.token()).timeout(Duration.ofSeconds(20)).GET().build();
            return Json.MAPPER.readTree(HTTP.send(req, HttpResponse.BodyHandlers.ofString()).body());
        } catch (Exception e) {
            throw new AssertionError("GET " + side.url(service, path), e);
        }
    }

    private static Side side(String authUrl, String user, String password) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(authUrl + "/auth/tokens"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(RawClient.passwordAuth(user, password))).build();
            HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("login to " + authUrl + ": " + r.statusCode());
            }
            JsonNode token = Json.MAPPER.readTree(r.body()).path("token");
            String project = token.path("project").path("id").asText();
            return new Side(r.headers().firstValue("X-Subject-Token").orElseThrow(), project,
                    url(token, "identity"), url(token, "compute"), url(token, "network"), url(token, "volumev3"),
                    url(token, "image"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String url(JsonNode token, String type) {
        for (JsonNode s : token.path("catalog")) {
            if (s.path("type").asText().equals(type)) {
                for (JsonNode e : s.path("endpoints")) {
                    if (e.path("interface").asText().equals("public")) {
                        return e.path("url").asText().replaceAll("/$", "");
                    }
                }
            }
        }
        throw new IllegalStateException("no " + type + " in the catalog");
    }
}
