package io.opencenter.installer.sandbox.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;

/** Jackson helpers shared by the simulated services; each service formats timestamps its own way. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    private Json() {
    }

    public static ObjectNode obj() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode arr() {
        return MAPPER.createArrayNode();
    }

    public static ArrayNode strings(Collection<String> values) {
        ArrayNode a = arr();
        values.forEach(a::add);
        return a;
    }

    public static ObjectNode stringMap(Map<String, String> values) {
        ObjectNode o = obj();
        values.forEach(o::put);
        return o;
    }

    /** Nova, Neutron and Glance: {@code 2026-01-02T03:04:05Z}. */
    public static String isoSeconds(long epochMillis) {
        return SECONDS.format(Instant.ofEpochMilli(epochMillis));
    }

    /** Cinder: {@code 2026-01-02T03:04:05.000000} (no zone). */
    public static String isoMicros(long epochMillis) {
        return MICROS.format(Instant.ofEpochMilli(epochMillis));
    }

    /** Keystone: {@code 2026-01-02T03:04:05.000000Z}. */
    public static String isoMicrosZ(long epochMillis) {
        return isoMicros(epochMillis) + "Z";
    }

    public static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
