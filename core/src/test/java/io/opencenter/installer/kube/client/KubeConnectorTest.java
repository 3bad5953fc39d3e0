package io.opencenter.installer.kube.client;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.KubeException;
import io.opencenter.installer.kube.Kubeconfigs;
import io.opencenter.installer.kube.LoopbackSockets;
import io.opencenter.installer.kube.TestPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

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
        long start = System.nanoTime();
        try (KubeCluster c = KubeConnector.connect(kubeconfig)) {
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
}
