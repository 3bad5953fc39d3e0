package io.opencenter.installer.sandbox.kube;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.mockwebserver.http.MockResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks the sandbox makes before it stores an object, a small part of the API server's: string maps hold
 * strings (labels, annotations, a ConfigMap's or Secret's data), and a custom object's fields have the types its
 * CRD's {@code openAPIV3Schema} declares, with its required fields present. Not checked: formats, patterns,
 * enums, bounds, CEL rules, unknown fields (the real server prunes or refuses them), built-in kinds' own fields.
 */
final class ObjectValidation {

    /** Kinds whose named top-level fields are maps of strings. */
    private static final Map<String, Set<String>> STRING_MAPS = Map.of(
            "ConfigMap", Set.of("data", "binaryData"),
            "Secret", Set.of("data", "stringData"));

    private final CrdCatalog crds;

    ObjectValidation(CrdCatalog crds) {
        this.crds = crds;
    }

    /** The problems, each "{@code .field.path: what is wrong}"; empty when the object may be stored. */
    List<String> check(JsonNode object) {
        List<String> out = new ArrayList<>();
        JsonNode meta = object.path("metadata");
        stringMap(meta.path("labels"), ".metadata.labels", out);
        stringMap(meta.path("annotations"), ".metadata.annotations", out);
        String kind = object.path("kind").asText();
        for (String field : STRING_MAPS.getOrDefault(kind, Set.of())) {
            stringMap(object.path(field), "." + field, out);
        }
        crds.find(object.path("apiVersion").asText(), kind).ifPresent(k -> {
            if (k.schema().isObject()) {
                for (Map.Entry<String, JsonNode> f : object.properties()) {
                    JsonNode schema = k.schema().path("properties").path(f.getKey());
                    if (!Set.of("apiVersion", "kind", "metadata").contains(f.getKey()) && schema.isObject()) {
                        typed(f.getValue(), schema, "." + f.getKey(), out);
                    }
                }
                required(object, k.schema(), "", Set.of("apiVersion", "kind", "metadata"), out);
            }
        });
        return out;
    }

    /** 422 Invalid naming the object and each problem, as the API server words it. */
    static MockResponse invalid(ApiPath path, List<String> problems) {
        List<String[]> causes = new ArrayList<>();
        for (String p : problems) {
            int colon = p.indexOf(':');
            causes.add(new String[] {"FieldValueInvalid", p.substring(colon + 2), p.substring(0, colon)});
        }
        return Responses.failure(422, "Invalid", path.describe() + " is invalid: " + String.join(", ", problems),
                causes);
    }

    private static void stringMap(JsonNode map, String where, List<String> out) {
        if (map.isMissingNode() || map.isNull()) {
            return;
        }
        if (!map.isObject()) {
            out.add(where + ": Invalid value: expected a map of strings, got " + type(map));
            return;
        }
        for (Map.Entry<String, JsonNode> e : map.properties()) {
            if (!e.getValue().isTextual()) {
                out.add(where + "." + e.getKey() + ": Invalid value: " + e.getValue() + ": expected string, got "
                        + type(e.getValue()));
            }
        }
    }

    private static void typed(JsonNode value, JsonNode schema, String where, List<String> out) {
        if (value.isNull()) {
            return;
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            if (!value.isIntegralNumber() && !value.isTextual()) {
                out.add(where + ": Invalid value: " + value + ": expected integer or string, got " + type(value));
            }
            return;
        }
        String type = schema.path("type").asText("");
        boolean ok = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
        if (!ok) {
            out.add(where + ": Invalid value: " + value + ": expected " + type + ", got " + type(value));
            return;
        }
        if (value.isObject()) {
            JsonNode extra = schema.path("additionalProperties");
            for (Map.Entry<String, JsonNode> f : value.properties()) {
                JsonNode sub = schema.path("properties").path(f.getKey());
                if (sub.isObject()) {
                    typed(f.getValue(), sub, where + "." + f.getKey(), out);
                } else if (extra.isObject()) {
                    typed(f.getValue(), extra, where + "." + f.getKey(), out);
                }
            }
            required(value, schema, where, Set.of(), out);
        } else if (value.isArray() && schema.path("items").isObject()) {
            for (int i = 0; i < value.size(); i++) {
                typed(value.get(i), schema.path("items"), where + "[" + i + "]", out);
            }
        }
    }

    private static void required(JsonNode value, JsonNode schema, String where, Set<String> skip, List<String> out) {
        for (JsonNode r : schema.path("required")) {
            if (!skip.contains(r.asText()) && !value.has(r.asText())) {
                out.add(where + "." + r.asText() + ": Required value");
            }
        }
    }

    private static String type(JsonNode v) {
        if (v.isTextual()) {
            return "string";
        }
        if (v.isNumber()) {
            return "number";
        }
        if (v.isBoolean()) {
            return "boolean";
        }
        return v.isArray() ? "array" : v.isObject() ? "map" : "null";
    }
}
