package io.opencenter.installer.sandbox.kube;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;

import java.nio.charset.StandardCharsets;

/**
 * The mock's watch listener, with its socket wrapped so that ADDED events about objects at or below the
 * resourceVersion the watch starts from are dropped: those are the mock's replay of what the client already listed.
 * An object added later always has a higher version, so no real ADDED is lost.
 */
final class WatchFrom extends WebSocketListener {

    private final WebSocketListener mock;
    private final long from;

    WatchFrom(WebSocketListener mock, long from) {
        this.mock = mock;
        this.from = from;
    }

    @Override
    public void onBeforeAccept(WebSocket webSocket, Response response) {
        mock.onBeforeAccept(filtered(webSocket), response);
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        mock.onOpen(filtered(webSocket), response);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        mock.onMessage(filtered(webSocket), text);
    }

    @Override
    public void onMessage(WebSocket webSocket, byte[] bytes) {
        mock.onMessage(filtered(webSocket), bytes);
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        mock.onClosing(filtered(webSocket), code, reason);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
        mock.onClosed(filtered(webSocket), code, reason);
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable error, Response response) {
        mock.onFailure(filtered(webSocket), error, response);
    }

    private WebSocket filtered(WebSocket socket) {
        return new WebSocket() {
            @Override
            public RecordedRequest request() {
                return socket.request();
            }

            @Override
            public boolean send(String text) {
                return replayed(text) || socket.send(text);
            }

            @Override
            public boolean send(byte[] bytes) {
                return replayed(new String(bytes, StandardCharsets.UTF_8)) || socket.send(bytes);
            }

            @Override
            public boolean close(int code, String reason) {
                return socket.close(code, reason);
            }
        };
    }

    /** Whether the event is the replay of an object the client has (then it is not sent). */
    private boolean replayed(String event) {
        JsonNode e = Serialization.unmarshal(event, JsonNode.class);
        if (!"ADDED".equals(e.path("type").asText())) {
            return false;
        }
        String version = e.path("object").path("metadata").path("resourceVersion").asText("");
        try {
            return !version.isEmpty() && Long.parseLong(version) <= from;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
