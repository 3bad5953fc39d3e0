package io.opencenter.installer.sandbox.kube;

import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.vertx.HttpServerRequestHandler;
import io.opencenter.installer.bootstrap.pki.KeyAndCert;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpVersion;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The listener: Vert.x on 127.0.0.1 and a free port, HTTPS with the certificate given (HTTP/2 and HTTP/1.1,
 * watches over WebSocket and over plain HTTP ({@link HttpWatch}), as the API server offers them), handing each
 * request to the dispatcher through fabric8's Vert.x adapter. fabric8's own {@code MockWebServer} can only serve a self-signed certificate it makes
 * itself; this listener serves the one the cluster's CA issued. No client certificate is asked for: authentication
 * and authorization are not modelled.
 */
final class KubeApiServer implements AutoCloseable {

    private static final List<String> WEBSOCKET_PROTOCOLS = List.of("v1.channel.k8s.io", "v2.channel.k8s.io",
            "v3.channel.k8s.io", "v4.channel.k8s.io");

    private final Vertx vertx;
    private final HttpServer server;

    private KubeApiServer(Vertx vertx, HttpServer server) {
        this.vertx = vertx;
        this.server = server;
    }

    /** Listens on 127.0.0.1 (only) at a free port; plain HTTP when {@code cert} is null. */
    static KubeApiServer start(ApiDispatcher dispatcher, KeyAndCert cert) {
        // no file cache or class-path resolving: Vert.x would otherwise create folders of its own
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(2)
                .setInternalBlockingPoolSize(2).setFileSystemOptions(new FileSystemOptions()
                        .setFileCachingEnabled(false).setClassPathResolvingEnabled(false)));
        try {
            HttpServerOptions options = new HttpServerOptions().setHost("127.0.0.1").setPort(0)
                    .setWebSocketSubProtocols(WEBSOCKET_PROTOCOLS).setHandle100ContinueAutomatically(true);
            if (cert != null) {
                options.setSsl(true).setUseAlpn(true).setAlpnVersions(List.of(HttpVersion.HTTP_2, HttpVersion.HTTP_1_1))
                        .setEnabledSecureTransportProtocols(Set.of("TLSv1.2", "TLSv1.3"))
                        .setKeyCertOptions(ServingTls.options(cert));
            }
            HttpServer server = vertx.createHttpServer(options);
            HttpServerRequestHandler mock = new HttpServerRequestHandler(vertx) {
                @Override
                protected MockResponse onHttpRequest(RecordedRequest request) {
                    try {
                        return dispatcher.dispatch(request);
                    } catch (RuntimeException e) {
                        // a bug of the sandbox: an answer the client can show rather than a dropped connection
                        return Responses.failure(500, "InternalError", "the sandbox Kubernetes (simulated) failed: "
                                + e.getClass().getSimpleName());
                    }
                }
            };
            server.requestHandler(request -> {
                if (HttpWatch.applies(request)) {
                    HttpWatch.serve(request, dispatcher);
                } else {
                    mock.handle(request);
                }
            });
            await(server.listen());
            return new KubeApiServer(vertx, server);
        } catch (RuntimeException e) {
            vertx.close();
            throw e;
        }
    }

    int port() {
        return server.actualPort();
    }

    @Override
    public void close() {
        try {
            await(server.close());
        } finally {
            await(vertx.close());
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the sandbox Kubernetes API server started or stopped");
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("the sandbox Kubernetes API server could not start or stop: "
                    + cause.getMessage(), cause);
        }
    }
}
