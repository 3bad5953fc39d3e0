package io.opencenter.installer.net;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.net.SocketFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static io.opencenter.installer.net.DestinationPolicy.ANY;
import static io.opencenter.installer.net.DestinationPolicy.LOOPBACK_ONLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Both client kinds the factory builds, against a local server (allowed) and addresses off loopback (refused before
 * any connection). Before a test dials a refused address it first checks that the guard is in place, so a broken
 * factory fails the test instead of sending a packet.
 */
class HttpClientsTest {

    private static final Duration SHORT = Duration.ofSeconds(2);
    private LocalHttpServer server;

    @BeforeEach
    void start() {
        server = new LocalHttpServer();
    }

    @AfterEach
    void stop() {
        server.close();
        assertThat(LoopbackViolations.drain()).as("refusals not checked by the test").isEmpty();
    }

    // ---- OkHttp (openstack4j's connector) ----

    private static OkHttpClient guardedOkHttp(java.util.function.Consumer<OkHttpClient.Builder> settings) {
        OkHttpClient c = HttpClients.okHttp(LOOPBACK_ONLY, b -> {
            b.connectTimeout(SHORT).retryOnConnectionFailure(false);
            settings.accept(b);
        });
        assertThat(c.socketFactory()).as("guard installed").isInstanceOf(GuardedSocketFactory.class);
        return c;
    }

    private static String okHttpGet(OkHttpClient c, String url) throws IOException {
        try (Response r = c.newCall(new Request.Builder().url(url).build()).execute()) {
            return r.body().string();
        }
    }

    /** OkHttp wraps a failed connect in its own ConnectException ("Failed to connect to ..."); the refusal is in it. */
    private static DestinationRefusedException okHttpRefusal(OkHttpClient c, String url) {
        Throwable t = catchThrowable(() -> okHttpGet(c, url));
        assertThat(t).isInstanceOf(IOException.class);
        for (Throwable x = t; x != null; x = x.getCause()) {
            if (x instanceof DestinationRefusedException refused) {
                return refused;
            }
        }
        throw new AssertionError("not a refusal", t);
    }

    @Test
    void okHttpReachesALoopbackServer() throws IOException {
        assertThat(okHttpGet(guardedOkHttp(b -> { }), server.ping("127.0.0.1"))).isEqualTo("pong");
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void okHttpRefusesAFloatingIpBeforeConnecting() {
        OkHttpClient c = guardedOkHttp(b -> { });
        DestinationRefusedException e = okHttpRefusal(c, "https://203.0.113.10:6443/version");
        assertThat(e.getMessage()).contains("203.0.113.10:6443", "refused by the test loopback policy");
        assertThat(LoopbackViolations.drain()).containsExactly(e);
    }

    @Test
    void okHttpRefusesAPrivateAddress() {
        OkHttpClient c = guardedOkHttp(b -> { });
        assertThat(okHttpRefusal(c, "http://10.0.0.1/").address().getAddress().getHostAddress())
                .isEqualTo("10.0.0.1");
        assertThat(LoopbackViolations.drain()).hasSize(1);
    }

    @Test
    void okHttpChecksTheResolvedAddressNotTheUrlsHost() {
        // a name resolving off loopback: the socket sees the address, whatever the URL said
        OkHttpClient c = guardedOkHttp(b -> b.dns(host -> List.of(InetAddress.getByAddress(host,
                new byte[] {(byte) 203, 0, 113, 10}))));
        DestinationRefusedException e = okHttpRefusal(c, "https://cluster-api.test:6443/version");
        assertThat(e.getMessage()).contains("203.0.113.10:6443");
        assertThat(LoopbackViolations.drain()).containsExactly(e);
    }

    @Test
    void okHttpSettingsCannotTakeTheGuardAway() {
        OkHttpClient c = guardedOkHttp(b -> b.socketFactory(SocketFactory.getDefault()));
        assertThat(c.newBuilder().readTimeout(SHORT).build().socketFactory()).as("kept by derived clients")
                .isInstanceOf(GuardedSocketFactory.class);
    }

    @Test
    void okHttpRefusesASocksProxyOffLoopback() {
        Throwable t = catchThrowable(() -> HttpClients.okHttp(LOOPBACK_ONLY, b -> b.proxy(
                new Proxy(Proxy.Type.SOCKS, new InetSocketAddress("203.0.113.10", 1080)))));
        assertThat(t).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(DestinationRefusedException.class)
                .hasMessageContaining("203.0.113.10:1080").hasMessageContaining("SOCKS proxy");
        assertThat(LoopbackViolations.drain()).hasSize(1);
    }

    @Test
    void okHttpInTheShippedAppIsWhatItsSettingsSay() {
        OkHttpClient c = HttpClients.okHttp(ANY, b -> { });
        assertThat(c.socketFactory()).isNotInstanceOf(GuardedSocketFactory.class);
        assertThat(c.proxySelector()).isNotInstanceOf(ProxyGuard.class);
    }

    // ---- the JDK client (gateway requests, fabric8, registry) ----

    private static HttpClient guardedJdk(java.util.function.Consumer<HttpClient.Builder> settings) {
        return guardedJdk(InetAddress::getAllByName, settings);
    }

    private static HttpClient guardedJdk(ProxyGuard.Resolver resolver,
                                         java.util.function.Consumer<HttpClient.Builder> settings) {
        HttpClient.Builder b = new GuardedHttpClientBuilder(HttpClient.newBuilder(), LOOPBACK_ONLY, resolver)
                .connectTimeout(SHORT);
        settings.accept(b);
        HttpClient c = b.build();
        assertThat(c.proxy()).as("guard installed").containsInstanceOf(ProxyGuard.class);
        return c;
    }

    private static String jdkGet(HttpClient c, String url) throws IOException, InterruptedException {
        return c.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The JDK client lets a proxy selector fail a request with an unchecked exception: the refusal is its cause. */
    private static DestinationRefusedException jdkRefusal(HttpClient c, String url) {
        Throwable t = catchThrowable(() -> jdkGet(c, url));
        assertThat(t).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(DestinationRefusedException.class);
        return (DestinationRefusedException) t.getCause();
    }

    @Test
    void jdkReachesALoopbackServer() throws Exception {
        assertThat(jdkGet(guardedJdk(b -> { }), server.ping("127.0.0.1"))).isEqualTo("pong");
        assertThat(jdkGet(HttpClients.jdk(LOOPBACK_ONLY, b -> { }), server.ping("localhost"))).isEqualTo("pong");
        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void jdkRefusesAFloatingIpAndAPrivateAddress() {
        HttpClient c = guardedJdk(b -> { });
        DestinationRefusedException e = jdkRefusal(c, "https://203.0.113.10:6443/version");
        assertThat(e.getMessage()).contains("203.0.113.10:6443", "https://203.0.113.10:6443/version",
                "JDK HTTP client", "refused by the test loopback policy");
        assertThat(jdkRefusal(c, "http://10.0.0.1/").address().getPort()).isEqualTo(80);
        assertThat(LoopbackViolations.drain()).hasSize(2).first().isSameAs(e);
    }

    @Test
    void jdkRefusesANameResolvingOffLoopbackBeforeAnyConnection() throws Exception {
        // "localhost" made to resolve off loopback: refused, and the local server it would have reached saw nothing
        InetAddress floating = InetAddress.getByAddress("localhost", new byte[] {(byte) 203, 0, 113, 10});
        HttpClient c = guardedJdk(host -> new InetAddress[] {floating}, b -> { });
        assertThat(jdkRefusal(c, server.ping("localhost")).getMessage()).contains("203.0.113.10:" + server.port());
        assertThat(server.requests()).isZero();
        assertThat(LoopbackViolations.drain()).hasSize(1);
    }

    @Test
    void jdkChecksTheProxyItsUserChoseInsteadOfTheHost() {
        HttpClient c = guardedJdk(b -> b.proxy(ProxySelector.of(new InetSocketAddress("203.0.113.10", 3128))));
        DestinationRefusedException e = jdkRefusal(c, server.ping("127.0.0.1"));
        assertThat(e.getMessage()).contains("203.0.113.10:3128", "HTTP proxy");
        assertThat(server.requests()).isZero();
        assertThat(LoopbackViolations.drain()).containsExactly(e);
    }

    @Test
    void jdkInTheShippedAppIsWhatItsSettingsSay() {
        assertThat(HttpClients.jdk(ANY, b -> { }).proxy()).isEmpty();
    }

    // ---- clients that take neither (JGit) ----

    @Test
    void checkDestinationRefusesUnderTheBuildsPolicy() {
        assertThat(DestinationPolicy.current()).isEqualTo(LOOPBACK_ONLY);
        HttpClients.checkDestination(URI.create(server.ping("127.0.0.1")));
        Throwable t = catchThrowable(() -> HttpClients.checkDestination(URI.create("https://203.0.113.10/repo.git")));
        assertThat(t).hasCauseInstanceOf(DestinationRefusedException.class).hasMessageContaining("203.0.113.10:443");
        assertThat(LoopbackViolations.drain()).hasSize(1);
    }
}
