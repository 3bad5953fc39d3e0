package io.opencenter.installer.openstack.client;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.openstack.client.FakeOpenStack.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TlsAndReachabilityTest {

    private static SelfSignedCert cert;
    private static FakeOpenStack cloud;
    private final List<Duration> sleeps = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        cert = SelfSignedCert.create();
        cloud = FakeOpenStack.https(cert.serverContext());
        cloud.route("GET /compute/v2.1/flavors/detail", (r, n) -> Reply.json(200, "{\"flavors\":[{\"id\":\"1\","
                + "\"name\":\"m1.small\",\"vcpus\":1,\"ram\":2048,\"disk\":20}]}"));
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    private Openstack4jGateway gateway(String authUrl, Path cacert, boolean insecure) {
        CloudProfile p = new CloudProfile("tls-test", new CloudAuth.Password(authUrl, "demo", "Default",
                Secret.of("pw"), "demo", null, "Default"), "RegionOne", null, cacert, insecure, "test");
        return OpenStackGateways.connect(p, new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofMillis(100),
                Duration.ofSeconds(1), Clock.systemUTC(), sleeps::add, new Random(1)));
    }

    @Test
    void selfSignedCertificateIsATlsErrorSuggestingCacert() {
        OpenStackException e = catchThrowableOfType(() -> gateway(cloud.authUrl(), null, false).authenticate(),
                OpenStackException.class);

        assertThat(e.kind()).isEqualTo(Kind.TLS);
        assertThat(e.getMessage()).contains("cacert", "127.0.0.1");
        assertThat(sleeps).as("a certificate problem does not go away by retrying").isEmpty();
    }

    @Test
    void cacertPointingAtTheCertificateMakesLoginWork() throws Exception {
        Path pem = cert.writePem(dir);

        assertThat(gateway(cloud.authUrl(), pem, false).authenticate().projectId()).isEqualTo("p-1");
    }

    @Test
    void cacertAlsoCoversTheOpenstack4jCalls() throws Exception {
        Path pem = cert.writePem(dir);

        assertThat(gateway(cloud.authUrl(), pem, false).flavors()).hasSize(1);
    }

    @Test
    void insecureSkipsTheChecksForLoginAndCalls() {
        Openstack4jGateway g = gateway(cloud.authUrl(), null, true);

        assertThat(g.authenticate().userName()).isEqualTo("demo");
        assertThat(g.flavors()).hasSize(1);
    }

    @Test
    void aFileWithoutCertificatesIsAConfigError() throws Exception {
        Path notPem = Files.writeString(dir.resolve("empty.pem"), "not a certificate");

        OpenStackException e = catchThrowableOfType(() -> gateway(cloud.authUrl(), notPem, false),
                OpenStackException.class);

        assertThat(e.kind()).isEqualTo(Kind.CONFIG);
        assertThat(e.getMessage()).contains("empty.pem");
    }

    @Test
    void aClosedPortIsUnreachableWithoutRetries() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }

        OpenStackException e = catchThrowableOfType(
                () -> gateway("http://127.0.0.1:" + port + "/v3", null, false).authenticate(),
                OpenStackException.class);

        assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(e.getMessage()).contains("127.0.0.1:" + port, "identity");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void connectTimeoutIsAtMostTenSeconds() {
        assertThat(HttpTransport.CONNECT_TIMEOUT).isLessThanOrEqualTo(Duration.ofSeconds(10));
        CloudProfile p = new CloudProfile("x", new CloudAuth.Token("http://127.0.0.1:1", Secret.of("t"), "p", null,
                null), null, null, null, false, "test");
        assertThat(OpenStackGateways.openstack4jConfig(p, null).getConnectTimeout()).isBetween(1, 10_000);
    }
}
