package io.opencenter.installer.sandbox.kube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields an applied configuration sets, as paths of map keys, and their {@code managedFields} form
 * ({@code fieldsV1}: {@code {"f:data": {"f:color": {}}}}). Simplified server-side apply: maps are merged key by key,
 * a list is one atomic field (the real API server merges lists marked {@code x-kubernetes-list-type: map} or with a
 * patch merge key item by item), and the object's identity is nobody's field.
 */
final class FieldPaths {

    /** Top-level and metadata keys that identify the object or are the server's: no manager owns them. */
    private static final Set<String> IDENTITY = Set.of("apiVersion", "kind");
    private static final Set<String> SERVER_METADATA = Set.of("name", "namespace", "uid", "resourceVersion",
            "generation", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "managedFields",
            "selfLink");

    private FieldPaths() {
    }

    /** The leaf paths the configuration sets: scalars, lists and empty maps. */
    static Set<List<String>> of(JsonNode config) {
        Set<List<String>> out = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> f : config.properties()) {
            if (IDENTITY.contains(f.getKey())) {
                continue;
            }
            if (f.getKey().equals("metadata")) {
                for (Map.Entry<String, JsonNode> mf : f.getValue().properties()) {
                    if (!SERVER_METADATA.contains(mf.getKey())) {
                        collect(List.of("metadata", mf.getKey()), mf.getValue(), out);
                    }
                }
                continue;
            }
            collect(List.of(f.getKey()), f.getValue(), out);
        }
        return out;
    }

    private static void collect(List<String> path, JsonNode value, Set<List<String>> out) {
        if (value.isObject() && !value.isEmpty()) {
            for (Map.Entry<String, JsonNode> f : value.properties()) {
                collect(append(path, f.getKey()), f.getValue(), out);
            }
        } else {
            out.add(path);
        }
    }

    /** {@code fieldsV1} of a set of paths. */
    static ObjectNode toFieldsV1(Set<List<String>> paths) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (List<String> p : paths) {
            ObjectNode at = root;
            for (String key : p) {
                at = at.withObjectProperty("f:" + key);
            }
        }
        return root;
    }

    /**
     * The paths a {@code fieldsV1} names. A list item key ({@code k:}/{@code v:}/{@code i:}, written by a real API
     * server, never by this one) is read as its whole list: the sandbox treats lists as atomic.
     */
    static Set<List<String>> fromFieldsV1(JsonNode fields) {
        Set<List<String>> out = new LinkedHashSet<>();
        read(List.of(), fields, out);
        return out;
    }

    private static void read(List<String> path, JsonNode node, Set<List<String>> out) {
        boolean child = false;
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            if (f.getKey().startsWith("f:")) {
                child = true;
                read(append(path, f.getKey().substring(2)), f.getValue(), out);
            }
        }
        if (!child && !path.isEmpty()) {
            out.add(path);
        }
    }

    /** Whether {@code inner} is {@code outer} or lies inside it. */
    static boolean within(List<String> inner, List<String> outer) {
        return inner.size() >= outer.size() && inner.subList(0, outer.size()).equals(outer);
    }

    /** Whether one path is the other or lies inside it. */
    static boolean overlap(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        return a.subList(0, n).equals(b.subList(0, n));
    }

    /** The value at the path, or a missing node. */
    static JsonNode at(JsonNode root, List<String> path) {
        JsonNode n = root;
        for (String key : path) {
            n = n.path(key);
        }
        return n;
    }

    /** Removes the field, then every map above it left empty (metadata itself stays). */
    static void remove(ObjectNode root, List<String> path) {
        List<ObjectNode> parents = new ArrayList<>();
        JsonNode n = root;
        for (int i = 0; i < path.size() - 1; i++) {
            parents.add((ObjectNode) n);
            n = n.path(path.get(i));
            if (!n.isObject()) {
                return;
            }
        }
        ((ObjectNode) n).remove(path.get(path.size() - 1));
        for (int i = path.size() - 2; i >= 0; i--) {
            JsonNode child = parents.get(i).path(path.get(i));
            if (child.isObject() && child.isEmpty() && !(i == 0 && path.get(0).equals("metadata"))) {
                parents.get(i).remove(path.get(i));
            } else {
                break;
            }
        }
    }

    /** "{@code .data.color}": how the API server names a field in conflicts and validation errors. */
    static String display(List<String> path) {
        return "." + String.join(".", path);
    }

    private static List<String> append(List<String> path, String key) {
        List<String> p = new ArrayList<>(path);
        p.add(key);
        return List.copyOf(p);
    }
}
