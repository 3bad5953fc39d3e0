package io.opencenter.installer.health;

import java.util.List;
import java.util.Map;

/** Null-safe reads of an object's JSON tree (maps, lists, numbers and text as the API returns them). */
final class Fields {

    private Fields() {
    }

    /** The value at the path of map keys, or null where any step is missing or not a map. */
    static Object at(Map<String, Object> tree, String... path) {
        Object v = tree;
        for (String key : path) {
            if (!(v instanceof Map<?, ?> m)) {
                return null;
            }
            v = m.get(key);
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> tree, String... path) {
        return at(tree, path) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Map<String, Object> tree, String... path) {
        return at(tree, path) instanceof List<?> l
                ? l.stream().filter(Map.class::isInstance).map(o -> (Map<String, Object>) o).toList() : List.of();
    }

    static String text(Map<String, Object> tree, String... path) {
        Object v = at(tree, path);
        return v == null ? null : v.toString();
    }

    /** A number at the path, or {@code otherwise} when it is absent. */
    static long number(Map<String, Object> tree, long otherwise, String... path) {
        return at(tree, path) instanceof Number n ? n.longValue() : otherwise;
    }

    static boolean has(Map<String, Object> tree, String... path) {
        return at(tree, path) != null;
    }
}
