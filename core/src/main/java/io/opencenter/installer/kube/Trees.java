package io.opencenter.installer.kube;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading and freezing the JSON-shaped trees (maps, lists, scalars) that manifests and objects are made of. */
final class Trees {

    private Trees() {
    }

    /** A deep, unmodifiable copy that keeps key order and null values (Map.copyOf would refuse the nulls). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> freeze(Map<String, ?> tree) {
        if (tree == null) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        tree.forEach((k, v) -> out.put(k, freezeValue(v)));
        return Collections.unmodifiableMap(out);
    }

    @SuppressWarnings("unchecked")
    private static Object freezeValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return freeze((Map<String, ?>) m);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(e -> out.add(freezeValue(e)));
            return Collections.unmodifiableList(out);
        }
        return v;
    }

    /** The map at {@code key}, or an empty map when it is absent or not a map. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> tree, String key) {
        Object v = tree == null ? null : tree.get(key);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** The list of maps at {@code key} (other entries skipped), or an empty list. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Map<String, Object> tree, String key) {
        Object v = tree == null ? null : tree.get(key);
        if (!(v instanceof List<?> l)) {
            return List.of();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object e : l) {
            if (e instanceof Map<?, ?> m) {
                out.add((Map<String, Object>) m);
            }
        }
        return out;
    }

    /** The string at {@code key}, or null. Numbers and booleans are given as text. */
    static String text(Map<String, Object> tree, String key) {
        Object v = tree == null ? null : tree.get(key);
        return v == null ? null : v.toString();
    }
}
