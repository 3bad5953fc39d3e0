package io.opencenter.installer.openstack.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny stand-in for Keystone + one compute endpoint on 127.0.0.1, enough to drive the authenticator and the
 * call runner through exact status codes. Not the sandbox: only what these unit tests need.
 */
final class FakeOpenStack implements AutoCloseable {

    /** What the server answers: status, body, extra headers. */
    record Reply(int status, String body, Map<String, String> headers) {
        static Reply json(int status, String body) {
            return new Reply(status, body, Map.of());
        }
    }

    /** One request as received. */
    record Received(String method, String path, String token, String body) {}

    interface Route {
        Reply answer(Received request, int count);
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger tokens = new AtomicInteger();
    private final java.util.Set<String> headerNames = ConcurrentHashMap.newKeySet();
    volatile Instant tokenExpiry = Instant.now().plusSeconds(3600);

    private FakeOpenStack(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.start();
        route("POST /v3/auth/tokens", (r, n) -> new Reply(201, tokenBody(),
                Map.of("X-Subject-Token", "tok-" + tokens.incrementAndGet())));
    }

    static FakeOpenStack http() {
        try {
            return new FakeOpenStack(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FakeOpenStack https(SSLContext serverContext) {
        try {
            HttpsServer s = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            s.setHttpsConfigurator(new HttpsConfigurator(serverContext));
            return new FakeOpenStack(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return scheme + "://127.0.0.1:" + server.getAddress().getPort();
    }

    String authUrl() {
        return baseUrl() + "/v3";
    }

    /** {@code "METHOD /path"}, without query. */
    FakeOpenStack route(String key, Route route) {
        routes.put(key, route);
        return this;
    }

    int count(String key) {
        AtomicInteger c = counts.get(key);
        return c == null ? 0 : c.get();
    }

    boolean headerSeen(String name) {
        return headerNames.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    int logins() {
        return count("POST /v3/auth/tokens");
    }

    private String tokenBody() {
        String base = baseUrl();
        return """
                {"token": {"methods": ["password"], "expires_at": "%s", "issued_at": "%s",
                  "user": {"id": "u-1", "name": "demo", "domain": {"id": "default", "name": "Default"}},
                  "project": {"id": "p-1", "name": "demo", "domain": {"id": "default", "name": "Default"}},
                  "catalog": [
                    {"type": "identity", "name": "keystone", "endpoints": [
                      {"interface": "public", "region": "RegionOne", "region_id": "RegionOne", "url": "%s/v3"}]},
                    {"type": "compute", "name": "nova", "endpoints": [
                      {"interface": "public", "region": "RegionOne", "region_id": "RegionOne", "url": "%s/compute/v2.1"},
                      {"interface": "internal", "region": "RegionTwo", "region_id": "RegionTwo", "url": "%s/c2"}]}
                  ]}}
                """.formatted(tokenExpiry, Instant.now(), base, base, base);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Received r = new Received(ex.getRequestMethod(), ex.getRequestURI().getPath(),
                    ex.getRequestHeaders().getFirst("X-Auth-Token"), body);
            received.add(r);
            ex.getRequestHeaders().keySet().forEach(h -> headerNames.add(h.toLowerCase(java.util.Locale.ROOT)));
            String key = r.method() + " " + r.path();
            Route route = routes.get(key);
            int n = counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            Reply reply = route == null ? Reply.json(404, "{\"itemNotFound\": {\"code\": 404, \"message\": "
                    + "\"no route " + key + "\"}}") : route.answer(r, n);
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            reply.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            ex.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                ex.getResponseBody().write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
