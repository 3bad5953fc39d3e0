package io.opencenter.installer.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/** A successful answer: status, JSON body (or none) and extra headers. */
public final class Response {
    private final int status;
    private final JsonNode body;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Response(int status, JsonNode body) {
        this.status = status;
        this.body = body;
    }

    public static Response of(int status, JsonNode body) {
        return new Response(status, body);
    }

    public static Response ok(JsonNode body) {
        return new Response(200, body);
    }

    /** 204 (or 202) without a body. */
    public static Response empty(int status) {
        return new Response(status, null);
    }

    public Response header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public JsonNode body() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
