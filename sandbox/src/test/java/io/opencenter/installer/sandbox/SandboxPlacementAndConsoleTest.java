package io.opencenter.installer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nova's server group policies and console log as the sandbox answers them, each compared with Debian's Nova 26
 * (Zed) source: the soft policies from microversion 2.15 on, hard anti-affinity running out of hosts, soft
 * anti-affinity spreading first, and {@code os-getConsoleOutput} with Nova's schema, tail and 409.
 */
class SandboxPlacementAndConsoleTest {
    private static final int HOSTS = 3;
    private final ManualClock clock = new ManualClock();
    private SandboxCloud cloud;
    private RawClient raw;
    private String image;

    @BeforeEach
    void start() {
        cloud = SandboxCloud.start(SandboxOptions.builder().clock(clock).computeHosts(HOSTS).build());
        raw = new RawClient(cloud).login();
        image = RawClient.json(raw.call("GET", "/image/v2/images?name=ubuntu-24.04", null)).path("images").get(0)
                .path("id").asText();
        cloud.quotas().set("ram", 1_000_000);
        cloud.quotas().set("cores", 1000);
        cloud.quotas().set("instances", 100);
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    private HttpResponse<String> createGroup(String name, String policy, Map<String, String> headers) {
        return raw.call("POST", "/compute/v2.1/os-server-groups", "{\"server_group\":{\"name\":\"" + name
                + "\",\"policies\":[\"" + policy + "\"]}}", headers);
    }

    private String boot(String name, String group) {
        String hint = group == null ? "" : ",\"os:scheduler_hints\":{\"group\":\"" + group + "\"}";
        HttpResponse<String> r = raw.call("POST", "/compute/v2.1/servers", "{\"server\":{\"name\":\"" + name
                + "\",\"flavorRef\":\"2\",\"imageRef\":\"" + image + "\"}" + hint + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return RawClient.json(r).path("server").path("id").asText();
    }

    private JsonNode show(String id) {
        return RawClient.json(raw.call("GET", "/compute/v2.1/servers/" + id, null)).path("server");
    }

    private HttpResponse<String> console(String id, String request) {
        return raw.call("POST", "/compute/v2.1/servers/" + id + "/action", "{\"os-getConsoleOutput\":" + request
                + "}");
    }

    @Test
    void softPoliciesNeedMicroversion215AndNovaSaysWhatTheOlderOneTakes() {
        HttpResponse<String> old = createGroup("g", "soft-anti-affinity", Map.of());
        assertThat(old.statusCode()).isEqualTo(400);
        assertThat(RawClient.json(old).path("badRequest").path("message").asText()).isEqualTo("Invalid input for "
                + "field/attribute 0. Value: soft-anti-affinity. 'soft-anti-affinity' is not one of ['anti-affinity',"
                + " 'affinity']");
        assertThat(createGroup("g", "soft-anti-affinity", Map.of("OpenStack-API-Version", "compute 2.15"))
                .statusCode()).isEqualTo(200);
        // Nova before 2.27 reads only the old header, and so does a client that sends both
        assertThat(createGroup("h", "soft-anti-affinity", Map.of("X-OpenStack-Nova-API-Version", "2.15"))
                .statusCode()).isEqualTo(200);
        assertThat(createGroup("i", "anti-affinity", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void hardAntiAffinityRunsOutOfHostsAndSoftSpreadsBeforeSharing() {
        String hard = RawClient.json(createGroup("hard", "anti-affinity", Map.of())).path("server_group").path("id")
                .asText();
        String soft = RawClient.json(createGroup("soft", "soft-anti-affinity",
                Map.of("OpenStack-API-Version", "compute 2.15"))).path("server_group").path("id").asText();
        List<String> hardServers = new java.util.ArrayList<>();
        List<String> softServers = new java.util.ArrayList<>();
        for (int i = 1; i <= HOSTS + 2; i++) {
            hardServers.add(boot("hard-" + i, hard));
            softServers.add(boot("soft-" + i, soft));
        }
        clock.advance(Duration.ofSeconds(5));

        Map<String, Integer> hardHosts = new HashMap<>();
        int noHost = 0;
        for (String id : hardServers) {
            JsonNode s = show(id);
            if (s.path("status").asText().equals("ERROR")) {
                noHost++;
                assertThat(s.path("fault").path("message").asText())
                        .isEqualTo("No valid host was found. There are not enough hosts available.");
                assertThat(s.path("hostId").asText()).isEmpty();
            } else {
                hardHosts.merge(s.path("hostId").asText(), 1, Integer::sum);
            }
        }
        assertThat(noHost).isEqualTo(2);
        assertThat(hardHosts).hasSize(HOSTS).allSatisfy((host, n) -> assertThat(n).isEqualTo(1));

        Map<String, Integer> softHosts = new HashMap<>();
        for (String id : softServers) {
            JsonNode s = show(id);
            assertThat(s.path("status").asText()).isEqualTo("ACTIVE");
            softHosts.merge(s.path("hostId").asText(), 1, Integer::sum);
        }
        // five members on three hosts: every host used, none with more than two
        assertThat(softHosts).hasSize(HOSTS).allSatisfy((host, n) -> assertThat(n).isBetween(1, 2));
    }

    @Test
    void theConsoleLogIsSimulatedAndTailedLikeNovaTailsIt() {
        String id = boot("demo-control-plane-2", null);
        clock.advance(Duration.ofSeconds(5));

        HttpResponse<String> all = console(id, "{}");
        assertThat(all.statusCode()).isEqualTo(200);
        String log = RawClient.json(all).path("output").asText();
        String[] lines = log.split("\n", -1);
        assertThat(lines[0]).startsWith("[sandbox] simulated console output").endsWith("demo-control-plane-2.");
        assertThat(log).contains("cloud-init[1021]: This node has joined the cluster and a new control plane")
                .contains("Datasource DataSourceOpenStackLocal").endsWith("demo-control-plane-2 login: ");

        assertThat(RawClient.json(console(id, "{\"length\": 2}")).path("output").asText())
                .isEqualTo(lines[lines.length - 2] + "\n" + lines[lines.length - 1]);
        assertThat(RawClient.json(console(id, "{\"length\": \"1\"}")).path("output").asText())
                .isEqualTo(lines[lines.length - 1]);
        assertThat(RawClient.json(console(id, "{\"length\": 0}")).path("output").asText()).isEmpty();
        assertThat(RawClient.json(console(id, "{\"length\": null}")).path("output").asText()).isEqualTo(log);
        // Nova hands -1 to its tail unchanged: everything but the first line
        assertThat(RawClient.json(console(id, "{\"length\": -1}")).path("output").asText())
                .isEqualTo(log.substring(log.indexOf('\n') + 1));
    }

    @Test
    void badRequestsAndServersWithoutAConsoleAreRefusedAsNovaRefusesThem() {
        String id = boot("s", null);
        assertThat(message(console(id, "{\"length\": -2}"), 400)).isEqualTo("Invalid input for field/attribute "
                + "length. Value: -2. -2 is less than the minimum of -1");
        assertThat(message(console(id, "{\"length\": \"ten\"}"), 400)).isEqualTo("Invalid input for "
                + "field/attribute length. Value: ten. 'ten' does not match '^-?[0-9]+$'");
        assertThat(message(console(id, "{\"length\": 1.5}"), 400)).contains("is not of type 'integer', 'string', "
                + "'null'");
        assertThat(message(console(id, "{\"lines\": 5}"), 400)).isEqualTo("Additional properties are not allowed "
                + "('lines' was unexpected)");
        assertThat(message(raw.call("POST", "/compute/v2.1/servers/no-such/action",
                "{\"os-getConsoleOutput\":{}}"), 404)).isEqualTo("Instance no-such could not be found.");

        // a server Nova found no host for never booted: 409, as Nova's check_instance_host answers
        String hard = RawClient.json(createGroup("hard", "anti-affinity", Map.of())).path("server_group").path("id")
                .asText();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i <= HOSTS; i++) {
            ids.add(boot("h" + i, hard));
        }
        clock.advance(Duration.ofSeconds(5));
        String unplaced = ids.stream().filter(s -> show(s).path("status").asText().equals("ERROR")).findFirst()
                .orElseThrow();
        assertThat(message(console(unplaced, "{}"), 409)).isEqualTo("Instance " + unplaced + " is not ready");
    }

    @Test
    void aNodeThatWillNotJoinSaysWhyOnItsConsole() {
        cloud.behaviour().joinFault("[ERROR FileAvailable--etc-kubernetes-kubelet.conf]: /etc/kubernetes/kubelet.conf"
                + " already exists");
        String id = boot("demo-default-1", null);
        clock.advance(Duration.ofSeconds(5));
        assertThat(show(id).path("status").asText()).isEqualTo("ACTIVE");

        String log = RawClient.json(console(id, "{\"length\": 50}")).path("output").asText();

        assertThat(log).contains("error execution phase preflight: [ERROR FileAvailable--etc-kubernetes-kubelet.conf]")
                .contains("Failed to run module scripts_user").doesNotContain("has joined the cluster");
    }

    private static String message(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode body = RawClient.json(r);
        return body.elements().next().path("message").asText();
    }
}
