package io.opencenter.installer.openstack.client;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;
import io.opencenter.installer.openstack.OpenStackGateway.Flavor;
import io.opencenter.installer.openstack.OpenStackGateway.Quota;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.openstack.client.FakeOpenStack.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The gateway over a fake Keystone + Nova: re-login, retries, endpoint choice, redaction. */
class GatewayCallsTest {

    private static final String PASSWORD = "pw-Very-Secret-42";
    private static final String FLAVORS = "GET /compute/v2.1/flavors/detail";
    private static final String FLAVOR_BODY = "{\"flavors\":[{\"id\":\"3\",\"name\":\"m1.medium\",\"vcpus\":2,"
            + "\"ram\":4096,\"disk\":40,\"os-flavor-access:is_public\":true}]}";

    private final FakeOpenStack cloud = FakeOpenStack.http();
    private final List<Duration> sleeps = new ArrayList<>();

    @AfterEach
    void stop() {
        cloud.close();
    }

    private Openstack4jGateway gateway(String region, String iface) {
        CloudProfile p = new CloudProfile("fake", new CloudAuth.Password(cloud.authUrl(), "demo", "Default",
                Secret.of(PASSWORD), "demo", null, "Default"), region, iface, null, false, "test");
        RetryPolicy retry = new RetryPolicy(4, Duration.ofMinutes(2), Duration.ofMillis(100), Duration.ofSeconds(1),
                Clock.systemUTC(), sleeps::add, new Random(3));
        return OpenStackGateways.connect(p, retry);
    }

    @Test
    void flavorsAreReadThroughOpenstack4jWithTheSharedToken() {
        cloud.route(FLAVORS, (r, n) -> Reply.json(200, FLAVOR_BODY));

        List<Flavor> flavors = gateway("RegionOne", null).flavors();

        assertThat(flavors).containsExactly(new Flavor("3", "m1.medium", 2, 4096, 40, true));
        assertThat(cloud.received).filteredOn(r -> r.path().endsWith("/flavors/detail"))
                .extracting(FakeOpenStack.Received::token).containsExactly("tok-1");
    }

    @Test
    void aRejectedTokenLeadsToOneReLogin() {
        cloud.route(FLAVORS, (r, n) -> n == 1 ? Reply.json(401, "{\"error\":{\"message\":\"expired\"}}")
                : Reply.json(200, FLAVOR_BODY));

        assertThat(gateway("RegionOne", null).flavors()).hasSize(1);

        assertThat(cloud.logins()).isEqualTo(2);
        assertThat(cloud.received).filteredOn(r -> r.path().endsWith("/flavors/detail"))
                .extracting(FakeOpenStack.Received::token).containsExactly("tok-1", "tok-2");
    }

    @Test
    void a401AfterReLoginIsFinal() {
        cloud.route(FLAVORS, (r, n) -> Reply.json(401, "{\"error\":{\"message\":\"nope\"}}"));

        OpenStackException e = catchThrowableOfType(() -> gateway("RegionOne", null).flavors(),
                OpenStackException.class);

        assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(cloud.logins()).isEqualTo(2);
        assertThat(cloud.count(FLAVORS)).isEqualTo(2);
        assertThat(e.getMessage()).contains("compute", "list flavors", "/compute/v2.1/flavors/detail");
    }

    @Test
    void serviceUnavailableIsRetriedUntilItRecovers() {
        cloud.route(FLAVORS, (r, n) -> n <= 2 ? Reply.json(503, "<h1>503 Service Unavailable</h1>")
                : Reply.json(200, FLAVOR_BODY));

        assertThat(gateway("RegionOne", null).flavors()).hasSize(1);

        assertThat(cloud.count(FLAVORS)).isEqualTo(3);
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void aServiceThatStaysDownFailsAfterTheAttemptCap() {
        cloud.route(FLAVORS, (r, n) -> Reply.json(503, "{}"));

        OpenStackException e = catchThrowableOfType(() -> gateway("RegionOne", null).flavors(),
                OpenStackException.class);

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.status()).isEqualTo(503);
        assertThat(cloud.count(FLAVORS)).isEqualTo(4);
    }

    @Test
    void directCallsHonourRetryAfter() {
        cloud.route("GET /compute/v2.1/os-quota-sets/p-1/detail", (r, n) -> n == 1
                ? new Reply(429, "{\"overLimit\":{\"message\":\"slow down\"}}", Map.of("Retry-After", "2"))
                : Reply.json(200, "{\"quota_set\":{\"instances\":{\"limit\":4,\"in_use\":1,\"reserved\":0},"
                        + "\"cores\":{\"limit\":-1,\"in_use\":2,\"reserved\":0}}}"));
        Openstack4jGateway g = gateway("RegionOne", null);

        List<Quota> compute = new QuotaReader(callsOf(g)).compute("p-1");

        assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
        assertThat(compute).containsExactly(new Quota("compute", "instances", 4, 1),
                new Quota("compute", "cores", -1, 2));
        assertThat(compute.get(1).unlimited()).isTrue();
    }

    @Test
    void forbiddenQuotaDetailsFallBackToLimits() {
        cloud.route("GET /compute/v2.1/os-quota-sets/p-1/detail", (r, n) -> Reply.json(403,
                "{\"forbidden\":{\"message\":\"Policy doesn't allow\"}}"));
        cloud.route("GET /compute/v2.1/limits", (r, n) -> Reply.json(200, "{\"limits\":{\"absolute\":{"
                + "\"maxTotalInstances\":10,\"totalInstancesUsed\":3,\"maxTotalCores\":20,\"totalCoresUsed\":6,"
                + "\"maxTotalRAMSize\":51200,\"totalRAMUsed\":4096,\"maxTotalKeypairs\":100,"
                + "\"maxServerGroups\":10,\"totalServerGroupsUsed\":1}}}"));

        List<Quota> compute = new QuotaReader(callsOf(gateway("RegionOne", null))).compute("p-1");

        assertThat(compute).contains(new Quota("compute", "instances", 10, 3), new Quota("compute", "ramMb", 51200,
                4096), new Quota("compute", "serverGroups", 10, 1), new Quota("compute", "keyPairs", 100, 0));
    }

    @Test
    void unknownRegionListsTheRegionsOfTheCatalog() {
        OpenStackException e = catchThrowableOfType(() -> gateway("RegionX", null).flavors(),
                OpenStackException.class);

        assertThat(e.kind()).isEqualTo(Kind.NO_ENDPOINT);
        assertThat(e.getMessage()).contains("RegionX", "RegionOne", "RegionTwo");
        assertThat(cloud.count(FLAVORS)).isZero();
    }

    @Test
    void missingServiceListsTheServicesOfTheCatalog() {
        OpenStackException e = catchThrowableOfType(() -> gateway("RegionOne", null).probe("network"),
                OpenStackException.class);

        assertThat(e.kind()).isEqualTo(Kind.NO_ENDPOINT);
        assertThat(e.getMessage()).contains("'network'", "compute", "identity");
    }

    @Test
    void theInterfaceAndRegionChooseTheEndpoint() {
        cloud.route("GET /c2/flavors/detail", (r, n) -> Reply.json(200, FLAVOR_BODY));

        assertThat(gateway("RegionTwo", "internal").flavors()).hasSize(1);

        assertThat(cloud.count("GET /c2/flavors/detail")).isEqualTo(1);
        assertThat(cloud.count(FLAVORS)).isZero();
    }

    @Test
    void callsFromManyThreadsShareOneLogin() throws Exception {
        cloud.route(FLAVORS, (r, n) -> Reply.json(200, FLAVOR_BODY));
        Openstack4jGateway g = gateway("RegionOne", null);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                try {
                    assertThat(g.flavors()).hasSize(1);
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }

        assertThat(failures).isEmpty();
        assertThat(cloud.logins()).isEqualTo(1);
        assertThat(cloud.count(FLAVORS)).isEqualTo(4);
    }

    @Test
    void noSecretOrTokenReachesLogsOrExceptions() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        root.setLevel(Level.ALL);
        List<String> texts = new ArrayList<>();
        try {
            cloud.route(FLAVORS, (r, n) -> n == 1 ? Reply.json(401, "{}") : Reply.json(500, "{}"));
            Openstack4jGateway g = gateway("RegionOne", null);
            for (Throwable t = catchThrowableOfType(g::flavors, OpenStackException.class); t != null;
                 t = t.getCause()) {
                texts.add(t.toString());
                texts.add(String.valueOf(t.getMessage()));
            }
            cloud.route("POST /v3/auth/tokens", (r, n) -> Reply.json(401, "{}"));
            texts.add(catchThrowableOfType(() -> gateway("RegionOne", null).authenticate(),
                    OpenStackException.class).toString());
        } finally {
            root.detachAppender(logs);
            root.setLevel(before);
        }
        logs.list.forEach(ev -> texts.add(ev.getFormattedMessage()
                + (ev.getThrowableProxy() == null ? "" : ev.getThrowableProxy().getMessage())));

        assertThat(texts).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContain(PASSWORD).doesNotContain("tok-"));
    }

    private static CallRunner callsOf(Openstack4jGateway g) {
        return g.calls();
    }
}
