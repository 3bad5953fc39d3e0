package io.opencenter.installer.kube.client;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.opencenter.installer.kube.ApiEndpointMap;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.KubeException;
import io.opencenter.installer.kube.Kubeconfigs;
import io.opencenter.installer.kube.LoopbackSockets;
import io.opencenter.installer.kube.TestPki;
import io.opencenter.installer.net.DestinationPolicy;
import io.opencenter.installer.net.DestinationRefusedException;
import io.opencenter.installer.net.LoopbackViolations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The connection rules without a cluster: a tiny HTTPS server on 127.0.0.1 that answers {@code /version} like an
 * API server, with a certificate from a test CA. What happens after the connection is the contract suite's business.
 */
class KubeConnectorTest {

    private static final String TOKEN = "tok-0123456789abcdef-secret";
    private static final TestPki CA = TestPki.newCa("kube-connector-test-ca");

    @TempDir
    Path dir;
    private HttpsServer server;
    private final AtomicReference<String> authorization = new AtomicReference<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(CA.serverContext()));
        server.createContext("/version", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            boolean ok = ("Bearer " + TOKEN).equals(authorization.get());
            byte[] body = (ok ? "{\"major\":\"1\",\"minor\":\"35\",\"gitVersion\":\"v1.35.4\"}"
                    : "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"Unauthorized\","
                    + "\"reason\":\"Unauthorized\",\"code\":401}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(ok ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    private KubeException failure(Path kubeconfig) {
        return failure(kubeconfig, ApiEndpointMap.none());
    }

    private KubeException failure(Path kubeconfig, ApiEndpointMap endpoints) {
        long start = System.nanoTime();
        try (KubeCluster c = KubeConnector.connect(kubeconfig, null, endpoints)) {
            throw new AssertionError("connected to " + c.server());
        } catch (KubeException e) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no retries").isLessThan(Duration.ofSeconds(8));
            assertThat(e.getMessage()).contains(kubeconfig.toString()).doesNotContain(TOKEN);
            return e;
        }
    }

    @Test
    void connectsWhenTheKubeconfigsCaSignedTheServersCertificate() {
        Path kc = Kubeconfigs.write(dir.resolve("kc"), url(), CA.caPem(), TOKEN);
        try (KubeCluster cluster = KubeConnector.connect(kc)) {
            assertThat(cluster.server()).isEqualTo(url());
            assertThat(cluster.serverVersion()).isEqualTo("v1.35.4");
            assertThat(authorization.get()).isEqualTo("Bearer " + TOKEN);
            if (LoopbackSockets.available()) {
                assertThat(LoopbackSockets.nonLoopbackPeers()).isEmpty();
            }
        }
    }

    @Test
    void anotherCaIsATlsErrorNamingTheKubeconfigAndTheServer() {
        Path kc = Kubeconfigs.write(dir.resolve("kc"), url(), TestPki.newCa("someone-else").caPem(), TOKEN);
        KubeException e = failure(kc);
        assertThat(e.kind()).isEqualTo(KubeException.Kind.TLS);
        assertThat(e.getMessage()).contains(url()).contains("not trusted");
    }

    @Test
    void noCaMeansTheJvmTrustStoreWhichDoesNotKnowATestCa() {
        KubeException e = failure(Kubeconfigs.write(dir.resolve("kc"), url(), null, TOKEN));
        assertThat(e.kind()).isEqualTo(KubeException.Kind.TLS);
    }

    @Test
    void aNameTheCertificateDoesNotCarryIsATlsError() {
        // the certificate is for 127.0.0.1 only
        String byName = "https://localhost:" + server.getAddress().getPort();
        KubeException e = failure(Kubeconfigs.write(dir.resolve("kc"), byName, CA.caPem(), TOKEN));
        assertThat(e.kind()).isEqualTo(KubeException.Kind.TLS);
        assertThat(e.getMessage()).contains(byName);
    }

    @Test
    void rejectedCredentialsAreUnauthorized() {
        KubeException e = failure(Kubeconfigs.write(dir.resolve("kc"), url(), CA.caPem(), "wrong-token"));
        assertThat(e.kind()).isEqualTo(KubeException.Kind.UNAUTHORIZED);
        assertThat(e.status()).isEqualTo(401);
    }

    @Test
    void aClosedPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String closed = "https://127.0.0.1:" + port;
        KubeException e = failure(Kubeconfigs.write(dir.resolve("kc"), closed, CA.caPem(), TOKEN));
        assertThat(e.kind()).isEqualTo(KubeException.Kind.UNREACHABLE);
        assertThat(e.getMessage()).contains(closed).contains("connection refused");
    }

    // ---- the API endpoint map: the cluster's floating IP dialled at the local server ----

    private static final String FLOATING = "https://203.0.113.10:6443";

    private ApiEndpointMap toLocalServer() {
        return ApiEndpointMap.parse(ApiEndpointMap.ENV, "203.0.113.10:6443=127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void theEndpointMapDialsTheLocalServerWhileTheClusterKeepsItsRealEndpoint() throws IOException {
        Path kc = Kubeconfigs.write(dir.resolve("kc"), FLOATING, CA.caPem(), TOKEN);
        byte[] onDisk = Files.readAllBytes(kc);
        Logger log = (Logger) org.slf4j.LoggerFactory.getLogger(KubeConnector.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        log.addAppender(logs);
        Level level = log.getLevel();
        log.setLevel(Level.INFO);
        try (KubeCluster cluster = KubeConnector.connect(kc, null, toLocalServer())) {
            assertThat(cluster.serverVersion()).isEqualTo("v1.35.4"); // TLS verified: the certificate names 127.0.0.1
            assertThat(cluster.server()).isEqualTo(FLOATING);
            assertThat(authorization.get()).isEqualTo("Bearer " + TOKEN);
            if (LoopbackSockets.available()) {
                assertThat(LoopbackSockets.nonLoopbackPeers()).isEmpty();
            }
        } finally {
            log.detachAppender(logs);
            log.setLevel(level);
        }
        assertThat(Files.readAllBytes(kc)).as("the kubeconfig keeps the real endpoint").isEqualTo(onDisk);
        assertThat(logs.list).filteredOn(e -> e.getFormattedMessage().contains(FLOATING)).singleElement()
                .satisfies(e -> assertThat(e.getFormattedMessage()).contains(url(), ApiEndpointMap.ENV, kc.toString())
                        .doesNotContain(TOKEN));
    }

    @Test
    void throughTheMapTlsIsStillVerified() {
        Path kc = Kubeconfigs.write(dir.resolve("kc"), FLOATING, TestPki.newCa("someone-else").caPem(), TOKEN);
        KubeException e = failure(kc, toLocalServer());
        assertThat(e.kind()).isEqualTo(KubeException.Kind.TLS);
        assertThat(e.getMessage()).contains(FLOATING, "dialled at " + url(), ApiEndpointMap.ENV);
    }

    @Test
    void theClientsFactoryIsGuarded() {
        // fabric8's JDK client comes from the installer's factory: its proxy selector refuses the floating IP
        HttpClient jdk = new GuardedJdkHttpClientFactory().createNewHttpClientBuilder().build();
        assertThat(DestinationPolicy.current()).isEqualTo(DestinationPolicy.LOOPBACK_ONLY);
        assertThat(jdk.proxy()).isPresent();
        assertThat(catchThrowable(() -> jdk.proxy().get().select(URI.create(FLOATING + "/version"))))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(DestinationRefusedException.class);
        assertThat(LoopbackViolations.drain()).hasSize(1);
    }

    @Test
    void withoutTheMapTheFloatingIpIsRefusedNotDialled() {
        theClientsFactoryIsGuarded(); // first make sure nothing below can leave the machine
        KubeException e = failure(Kubeconfigs.write(dir.resolve("kc"), FLOATING, CA.caPem(), TOKEN));
        assertThat(e.kind()).isEqualTo(KubeException.Kind.UNREACHABLE);
        assertThat(e.getMessage()).contains(FLOATING, "203.0.113.10:6443", "refused by the test loopback policy");
        assertThat(LoopbackViolations.drain()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.address().getPort()).isEqualTo(6443));
    }
}
