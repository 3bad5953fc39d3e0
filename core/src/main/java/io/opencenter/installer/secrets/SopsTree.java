package io.opencenter.installer.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Walks a document's scalar leaves in document order, as sops does: the path of a leaf is the keys above it (list
 * indexes are not part of it), nulls are skipped, and each leaf may be replaced in place.
 */
final class SopsTree {
    /** What to do with one leaf; returns its replacement. */
    @FunctionalInterface
    interface Leaf {
        JsonNode visit(JsonNode leaf, List<String> path);
    }

    private SopsTree() {}

    static void walk(ObjectNode root, Leaf leaf) {
        walkObject(root, new ArrayList<>(), leaf);
    }

    /** The additional data sops authenticates a value with: its keys joined by ":", with a trailing ":". */
    static String additionalData(List<String> path) {
        return String.join(":", path) + ":";
    }

    private static void walkObject(ObjectNode object, List<String> path, Leaf leaf) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        List<Map.Entry<String, JsonNode>> replaced = new ArrayList<>();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            path.add(field.getKey());
            JsonNode after = walkValue(field.getValue(), path, leaf);
            path.remove(path.size() - 1);
            if (after != field.getValue()) {
                replaced.add(Map.entry(field.getKey(), after));
            }
        }
        // set() on an existing key keeps its position
        replaced.forEach(e -> object.set(e.getKey(), e.getValue()));
    }

    private static JsonNode walkValue(JsonNode value, List<String> path, Leaf leaf) {
        if (value.isObject()) {
            walkObject((ObjectNode) value, path, leaf);
            return value;
        }
        if (value.isArray()) {
            ArrayNode array = (ArrayNode) value;
            for (int i = 0; i < array.size(); i++) {
                JsonNode after = walkValue(array.get(i), path, leaf);
                if (after != array.get(i)) {
                    array.set(i, after);
                }
            }
            return value;
        }
        if (value.isNull() || value.isMissingNode()) {
            return value;
        }
        return leaf.visit(value, List.copyOf(path));
    }
}
