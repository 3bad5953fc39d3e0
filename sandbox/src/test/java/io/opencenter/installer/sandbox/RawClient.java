package io.opencenter.installer.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.opencenter.installer.sandbox.http.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Plain java.net.http calls against the sandbox, for status codes, headers and exact error bodies. */
final class RawClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SandboxCloud cloud;
    private String token;
    private String projectId;

    RawClient(SandboxCloud cloud) {
        this.cloud = cloud;
    }

    static String passwordAuth(String user, String password) {
        return "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"" + user
                + "\",\"domain\":{\"name\":\"Default\"},\"password\":\"" + password + "\"}}},"
                + "\"scope\":{\"project\":{\"name\":\"demo\",\"domain\":{\"name\":\"Default\"}}}}}";
    }

    RawClient login() {
        HttpResponse<String> r = send("POST", cloud.authUrl() + "/auth/tokens", passwordAuth("demo", "demo"), null);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
        }
        token = r.headers().firstValue("X-Subject-Token").orElseThrow();
        projectId = json(r).path("token").path("project").path("id").asText();
        return this;
    }

    String token() {
        return token;
    }

    String projectId() {
        return projectId;
    }

    /** {@code path} below the sandbox root, e.g. {@code /compute/v2.1/flavors}; {@code {p}} is the project id. */
    HttpResponse<String> call(String method, String path, String body) {
        return call(method, path, body, Map.of());
    }

    /** {@link #call(String, String, String)} with extra headers, e.g. a microversion. */
    HttpResponse<String> call(String method, String path, String body, Map<String, String> headers) {
        return send(method, "http://127.0.0.1:" + cloud.port() + path.replace("{p}", projectId), body, token, headers);
    }

    HttpResponse<String> send(String method, String url, String body, String authToken) {
        return send(method, url, body, authToken, Map.of());
    }

    private HttpResponse<String> send(String method, String url, String body, String authToken,
                                      Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (authToken != null) {
            b.header("X-Auth-Token", authToken);
        }
        headers.forEach(b::header);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return Json.MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
