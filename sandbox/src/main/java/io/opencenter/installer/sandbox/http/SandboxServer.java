package io.opencenter.installer.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opencenter.installer.sandbox.FaultKind;
import io.opencenter.installer.sandbox.SandboxFaults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The sandbox's single loopback HTTP listener. Routes {@code /<prefix>/...} to a {@link Service}, checks the
 * token, applies latency and injected faults, and serializes all handling on the cloud state's monitor so the
 * services never see concurrent changes. After every successful mutating call {@code afterMutation} runs
 * (it persists the state file when one is configured).
 */
public final class SandboxServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SandboxServer.class.getName());
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Service> services;
    private final Function<String, Caller> tokens;
    private final SandboxFaults faults;
    private final Object lock;
    private final Runnable afterMutation;

    public SandboxServer(List<Service> services, Function<String, Caller> tokens, SandboxFaults faults, Object lock,
                         Runnable afterMutation) throws IOException {
        this.services = List.copyOf(services);
        this.tokens = tokens;
        this.faults = faults;
        this.lock = lock;
        this.afterMutation = afterMutation;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "sandbox-openstack");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void exchange(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            List<String> segments = Arrays.stream(ex.getRequestURI().getRawPath().split("/"))
                    .filter(s -> !s.isEmpty())
                    .map(s -> java.net.URLDecoder.decode(s, StandardCharsets.UTF_8)).toList();
            Optional<Service> service = segments.isEmpty() ? Optional.empty()
                    : services.stream().filter(s -> s.prefix().equals(segments.get(0))).findFirst();
            if (service.isEmpty()) {
                write(ex, new ApiError(404, "<html><body><h1>Not Found</h1></body></html>"), null);
                return;
            }
            Service svc = service.get();
            String base = "http://127.0.0.1:" + port() + "/" + svc.prefix();
            Request req = new Request(ex.getRequestMethod(), segments.subList(1, segments.size()),
                    ex.getRequestURI().getRawQuery(), ex.getRequestHeaders()::getFirst, body, base);
            sleep(faults.latencyMs());
            Optional<FaultKind> fault = faults.decide(svc.name(), operation(req));
            if (fault.isPresent() && fault.get() == FaultKind.CONNECTION_RESET) {
                return; // closing without a response: the client sees the connection drop
            }
            write(ex, fault.isPresent() ? injected(svc, fault.get()) : answer(svc, req), svc);
        }
    }

    private Object answer(Service svc, Request req) {
        synchronized (lock) {
            try {
                Caller caller = null;
                if (svc.needsToken(req)) {
                    caller = tokens.apply(req.header("X-Auth-Token"));
                    if (caller == null) {
                        return svc.name().equals("identity") ? ApiError.unauthorized()
                                : ApiError.middlewareUnauthorized("http://127.0.0.1:" + port() + "/identity");
                    }
                }
                Response response = svc.handle(req, caller);
                svc.decorate(req, response.headers());
                if (!req.method().equals("GET") && response.status() < 300) {
                    afterMutation.run();
                }
                return response;
            } catch (ApiError e) {
                svc.decorate(req, e.headers());
                if (e.status() == 401 && svc.name().equals("identity")) {
                    e.header("WWW-Authenticate", "Keystone uri=\"http://127.0.0.1:" + port() + "/identity/v3\"")
                            .header("Vary", "X-Auth-Token");
                }
                return e;
            } catch (RuntimeException e) {
                // A bug in the simulation must not pass silently: log it, answer like the service's own 500.
                LOG.log(System.Logger.Level.WARNING, "sandbox " + svc.name() + " failed on " + req.method() + " "
                        + String.join("/", req.segments()), e);
                return svc.internalError();
            }
        }
    }

    private ApiError injected(Service svc, FaultKind kind) {
        return switch (kind) {
            case HTTP_500 -> svc.internalError();
            case HTTP_503 -> new ApiError(503, "<html><body><h1>503 Service Unavailable</h1>\n"
                    + "No server is available to handle this request.\n</body></html>\n");
            case HTTP_429 -> {
                String after = String.valueOf(faults.retryAfterSeconds());
                yield ApiError.fault(429, "overLimit", "Too many requests, please retry later.")
                        .header("Retry-After", after);
            }
            case CONNECTION_RESET -> throw new IllegalStateException("handled by the caller");
        };
    }

    /** Method and the first resource segment below the version (and Cinder's project id): "POST servers". */
    static String operation(Request req) {
        for (String s : req.segments()) {
            if (!s.matches("v\\d+(\\.\\d+)?") && !s.matches("[0-9a-f]{32}")) {
                return req.method() + " " + s;
            }
        }
        return req.method() + " /";
    }

    private void write(HttpExchange ex, Object result, Service svc) throws IOException {
        int status;
        Object body;
        Map<String, String> headers;
        if (result instanceof Response r) {
            status = r.status();
            body = r.body();
            headers = r.headers();
        } else {
            ApiError e = (ApiError) result;
            status = e.status();
            body = e.body();
            headers = e.headers();
        }
        Object sent = body;
        headers.forEach((k, v) -> {
            if (sent != null || !k.equals("Content-Type")) {
                ex.getResponseHeaders().set(k, v);
            }
        });
        String requestId = "req-" + UUID.randomUUID();
        ex.getResponseHeaders().set("x-openstack-request-id", requestId);
        if (svc != null && svc.name().equals("compute")) {
            ex.getResponseHeaders().set("x-compute-request-id", requestId);
        }
        byte[] bytes = body == null ? new byte[0]
                : body instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                : Json.MAPPER.writeValueAsBytes(body);
        if (body != null && !headers.containsKey("Content-Type")) {
            ex.getResponseHeaders().set("Content-Type",
                    body instanceof String ? "text/html; charset=UTF-8" : "application/json");
        }
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
