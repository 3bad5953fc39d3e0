package io.opencenter.installer.sandbox.kube;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A watch over plain HTTP, as Go clients (kubectl {@code get -w}, controllers) ask for one: a chunked response with
 * one JSON watch event per line. fabric8's mock serves watches over WebSocket only (what fabric8's client uses), so
 * this adapter hands the mock's watch listener a "WebSocket" that writes lines to the response.
 */
final class HttpWatch {

    private HttpWatch() {
    }

    /** Whether the request is a watch that does not upgrade to a WebSocket. */
    static boolean applies(HttpServerRequest request) {
        String watch = request.getParam("watch");
        String upgrade = request.getHeader(HttpHeaders.UPGRADE);
        return request.method() == io.vertx.core.http.HttpMethod.GET && ("true".equals(watch) || "1".equals(watch))
                && (upgrade == null || !upgrade.toLowerCase(Locale.ROOT).contains("websocket"));
    }

    static void serve(HttpServerRequest request, ApiDispatcher dispatcher) {
        RecordedRequest recorded = new RecordedRequest(request.version().alpnName().toUpperCase(Locale.ROOT),
                HttpMethod.GET, request.uri(), Headers.builder().addAll(request.headers()).build(), new Buffer());
        HttpServerResponse response = request.response();
        MockResponse answer;
        try {
            answer = dispatcher.dispatch(recorded);
        } catch (RuntimeException e) {
            answer = Responses.failure(500, "InternalError", "the sandbox Kubernetes (simulated) failed: "
                    + e.getClass().getSimpleName());
        }
        WebSocketListener listener = answer.getWebSocketListener();
        if (listener == null) {
            // refused (a selector the sandbox cannot watch with, an unknown path): the answer as it is
            response.setStatusCode(answer.code());
            answer.getHeaders().toMultimap().forEach((k, v) -> response.headers().add(k, v));
            response.end(io.vertx.core.buffer.Buffer.buffer(answer.getBody() == null ? new byte[0]
                    : answer.getBody().getBytes()));
            return;
        }
        response.setStatusCode(200).setChunked(true).putHeader(HttpHeaders.CONTENT_TYPE, Responses.JSON);
        Lines lines = new Lines(recorded, response);
        response.closeHandler(v -> listener.onClosed(lines, 1000, "the client went away"));
        listener.onOpen(lines, answer);
        // the status line and headers go out at once, as the API server sends them: a client waits for them
        response.writeHead();
    }

    /** The mock's end of the watch: each message a line of the chunked response. */
    private record Lines(RecordedRequest request, HttpServerResponse response, AtomicBoolean closed)
            implements WebSocket {

        Lines(RecordedRequest request, HttpServerResponse response) {
            this(request, response, new AtomicBoolean());
        }

        @Override
        public boolean send(String text) {
            return send(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean send(byte[] bytes) {
            if (closed.get() || response.ended() || response.closed()) {
                return false;
            }
            response.write(io.vertx.core.buffer.Buffer.buffer(bytes).appendString("\n"));
            return true;
        }

        @Override
        public boolean close(int code, String reason) {
            if (closed.compareAndSet(false, true) && !response.ended() && !response.closed()) {
                response.end();
            }
            return true;
        }
    }
}
