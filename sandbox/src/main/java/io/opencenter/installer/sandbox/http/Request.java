package io.opencenter.installer.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One HTTP request as a service handler sees it: the path below the service's base URL split into segments,
 * decoded query parameters (repeated keys kept), headers and the JSON body.
 */
public final class Request {
    private final String method;
    private final List<String> segments;
    private final Map<String, List<String>> query;
    private final Function<String, String> headers;
    private final byte[] rawBody;
    private final String baseUrl;
    private JsonNode body;

    public Request(String method, List<String> segments, String rawQuery, Function<String, String> headers,
                   byte[] rawBody, String baseUrl) {
        this.method = method;
        this.segments = List.copyOf(segments);
        this.query = parseQuery(rawQuery);
        this.headers = headers;
        this.rawBody = rawBody;
        this.baseUrl = baseUrl;
    }

    private Request(Request base, List<String> segments) {
        this.method = base.method;
        this.segments = List.copyOf(segments);
        this.query = base.query;
        this.headers = base.headers;
        this.rawBody = base.rawBody;
        this.baseUrl = base.baseUrl;
    }

    /** The same request with another path (e.g. without Neutron's {@code .json} suffix). */
    public Request withSegments(List<String> replaced) {
        return new Request(this, replaced);
    }

    public String method() {
        return method;
    }

    public List<String> segments() {
        return segments;
    }

    public String segment(int index) {
        return index < segments.size() ? segments.get(index) : null;
    }

    /** The service's base URL as seen by the client (for {@code links} and Glance's {@code next}). */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * True when method and path match; {@code pattern} is segments separated by '/', where '*' matches any one
     * segment. Example: {@code is("POST", "servers/{@literal *}/action")}.
     */
    public boolean is(String expectedMethod, String pattern) {
        if (!method.equals(expectedMethod)) {
            return false;
        }
        String[] parts = pattern.isEmpty() ? new String[0] : pattern.split("/");
        if (parts.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].equals("*") && !parts[i].equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    public String param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    public Map<String, List<String>> query() {
        return query;
    }

    public String header(String name) {
        return headers.apply(name);
    }

    public boolean hasBody() {
        return rawBody.length > 0;
    }

    /** The JSON body; a body that is not JSON is a 400 in the calling service's shape. */
    public JsonNode json(Function<String, ApiError> malformed) {
        if (body == null) {
            try {
                body = rawBody.length == 0 ? Json.obj() : Json.MAPPER.readTree(rawBody);
            } catch (IOException e) {
                throw malformed.apply("Malformed request body");
            }
            if (body == null || !body.isObject()) {
                throw malformed.apply("Malformed request body");
            }
        }
        return body;
    }

    /** The object under {@code key} of the JSON body, or a 400 from {@code missing}. */
    public ObjectNode member(String key, Function<String, ApiError> missing) {
        JsonNode node = json(missing).get(key);
        if (node == null || !node.isObject()) {
            throw missing.apply("Invalid input for field/attribute " + key + ".");
        }
        return (ObjectNode) node;
    }

    private static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        Arrays.stream(raw.split("&")).filter(p -> !p.isEmpty()).forEach(pair -> {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            result.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        });
        return result;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
