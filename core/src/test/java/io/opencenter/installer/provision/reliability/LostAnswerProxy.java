package io.opencenter.installer.provision.reliability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback proxy in front of a cloud that loses the answers of some creates: the request reaches the cloud and
 * is carried out, then the connection is closed without a response, as when a load balancer or the network drops
 * it. The sandbox's own fault injection fails calls before they act; only this case can make a careless executor
 * create a resource twice. Seeded; only POSTs to the services (not Keystone logins) are dropped. URLs of the cloud
 * in answers (the catalog) are rewritten to the proxy so every later call passes through it too.
 */
final class LostAnswerProxy implements AutoCloseable {

    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "host", "expect",
            "upgrade", "transfer-encoding", "keep-alive");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "lost-answer-proxy");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String upstream;
    private final Random random;
    private final double dropRate;
    private final AtomicInteger dropped = new AtomicInteger();

    LostAnswerProxy(int upstreamPort, long seed, double dropRate) throws IOException {
        this.upstream = "http://127.0.0.1:" + upstreamPort;
        this.random = new Random(seed);
        this.dropRate = dropRate;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
        server.start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many answers were dropped so far: the test shows the case really happened. */
    int dropped() {
        return dropped.get();
    }

    /** {@code profile} (a password login to the upstream cloud) with its auth URL on the proxy. */
    CloudProfile through(CloudProfile profile) {
        CloudAuth.Password p = (CloudAuth.Password) profile.auth();
        CloudAuth auth = new CloudAuth.Password(p.authUrl().replace(upstream, origin()), p.username(),
                p.userDomainName(), p.password(), p.projectName(), p.projectId(), p.projectDomainName());
        return new CloudProfile(profile.name(), auth, profile.regionName(), profile.interfaceType(), null, false,
                profile.source());
    }

    private void exchange(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            String method = ex.getRequestMethod();
            URI target = URI.create(upstream + ex.getRequestURI());
            HttpRequest.Builder out = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60))
                    .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            ex.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    values.forEach(v -> out.header(name, v));
                }
            });
            HttpResponse<byte[]> answer;
            try {
                answer = http.send(out.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException e) {
                return; // the cloud dropped it: so does the proxy
            }
            if (loseAnswer(method, ex.getRequestURI().getPath())) {
                dropped.incrementAndGet();
                return; // carried out upstream; the client sees the connection close without an answer
            }
            relay(ex, answer);
        }
    }

    private boolean loseAnswer(String method, String path) {
        if (!method.equals("POST") || path.startsWith("/identity")) {
            return false;
        }
        synchronized (random) {
            return random.nextDouble() < dropRate;
        }
    }

    private void relay(HttpExchange ex, HttpResponse<byte[]> answer) throws IOException {
        byte[] body = new String(answer.body(), StandardCharsets.UTF_8).replace(upstream, origin())
                .getBytes(StandardCharsets.UTF_8);
        for (Map.Entry<String, List<String>> h : answer.headers().map().entrySet()) {
            if (!NOT_FORWARDED.contains(h.getKey().toLowerCase(java.util.Locale.ROOT)) && !h.getKey().startsWith(":")) {
                h.getValue().forEach(v -> ex.getResponseHeaders().add(h.getKey(), v.replace(upstream, origin())));
            }
        }
        int status = answer.statusCode();
        boolean empty = status == 204 || status == 304 || body.length == 0;
        ex.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
