package io.opencenter.installer.sandbox.kube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The selectors of a list or watch, split into what fabric8's mock matches itself (label equality, inequality and
 * existence; the {@code metadata.name} and {@code metadata.namespace} fields) and what the sandbox checks on the
 * listed objects afterwards: any other field ({@code involvedObject.name}, {@code spec.nodeName},
 * {@code status.phase}: compared as text at that JSON path) and set-based label requirements ({@code in},
 * {@code notin}). A watch cannot be filtered afterwards, so a watch that needs it is refused.
 *
 * @param forMock the request URI with only the mock's requirements
 * @param fields  field requirements left to the sandbox
 * @param labels  set-based label requirements left to the sandbox
 */
record Selectors(String forMock, List<Requirement> fields, List<Requirement> labels) {

    private static final Set<String> MOCK_FIELDS = Set.of("metadata.name", "metadata.namespace");
    private static final Pattern EQUALITY = Pattern.compile("([^!=]+)(==|=|!=)(.*)");
    private static final Pattern SET = Pattern.compile("\\s*([^\\s]+)\\s+(in|notin)\\s*\\((.*)\\)\\s*");

    /** One requirement: {@code key op values}; op is "=", "!=", "in" or "notin". */
    record Requirement(String key, String op, List<String> values) {

        boolean matches(String actual) {
            boolean in = actual != null && values.contains(actual);
            return switch (op) {
                case "=", "in" -> in;
                default -> !in;
            };
        }

        String describe() {
            return key + " " + op + " " + values;
        }
    }

    /** Splits the selectors of a request whose query is already taken apart. */
    static Selectors of(String rawPath, Map<String, String> query) {
        List<Requirement> fields = new ArrayList<>();
        List<Requirement> labels = new ArrayList<>();
        Map<String, String> kept = new LinkedHashMap<>(query);
        String fieldSelector = query.get("fieldSelector");
        if (fieldSelector != null) {
            List<String> forMock = new ArrayList<>();
            for (String r : split(fieldSelector)) {
                Matcher m = EQUALITY.matcher(r.trim());
                if (m.matches() && !MOCK_FIELDS.contains(m.group(1).trim())) {
                    fields.add(new Requirement(m.group(1).trim(), m.group(2).equals("!=") ? "!=" : "=",
                            List.of(m.group(3).trim())));
                } else {
                    forMock.add(r.trim());
                }
            }
            put(kept, "fieldSelector", forMock);
        }
        String labelSelector = query.get("labelSelector");
        if (labelSelector != null) {
            List<String> forMock = new ArrayList<>();
            for (String r : split(labelSelector)) {
                Matcher m = SET.matcher(r);
                if (m.matches()) {
                    labels.add(new Requirement(m.group(1), m.group(2),
                            Arrays.stream(m.group(3).split(",")).map(String::trim).toList()));
                } else {
                    forMock.add(r.trim());
                }
            }
            put(kept, "labelSelector", forMock);
        }
        return new Selectors(rawPath + query(kept), List.copyOf(fields), List.copyOf(labels));
    }

    /** Whether something is left for the sandbox to check. */
    boolean postFilter() {
        return !fields.isEmpty() || !labels.isEmpty();
    }

    /** Keeps the list's items that meet every requirement left to the sandbox. */
    void filter(JsonNode list) {
        if (!list.path("items").isArray()) {
            return;
        }
        ArrayNode kept = ((ObjectNode) list).arrayNode();
        for (JsonNode item : list.path("items")) {
            if (matches(item)) {
                kept.add(item);
            }
        }
        ((ObjectNode) list).set("items", kept);
    }

    private boolean matches(JsonNode item) {
        for (Requirement f : fields) {
            JsonNode v = item;
            for (String key : f.key.split("\\.")) {
                v = v.path(key);
            }
            if (!f.matches(v.isValueNode() ? v.asText() : null)) {
                return false;
            }
        }
        for (Requirement l : labels) {
            JsonNode v = item.path("metadata").path("labels").path(l.key);
            if (!l.matches(v.isTextual() ? v.asText() : null)) {
                return false;
            }
        }
        return true;
    }

    /** Requirements separated by commas outside parentheses. */
    private static List<String> split(String selector) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : selector.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }

    private static void put(Map<String, String> query, String key, List<String> requirements) {
        if (requirements.isEmpty()) {
            query.remove(key);
        } else {
            query.put(key, String.join(",", requirements));
        }
    }

    private static String query(Map<String, String> query) {
        StringBuilder q = new StringBuilder();
        query.forEach((k, v) -> q.append(q.isEmpty() ? "?" : "&").append(encode(k))
                .append(v.isEmpty() ? "" : "=" + encode(v)));
        return q.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
