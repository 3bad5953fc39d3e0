package io.opencenter.installer.spec;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;

/**
 * The shape of the config format, read off the {@link ClusterConfig} records: which keys a mapping may hold and
 * what type each value has. Lets the first pass over a file name every unknown key at its exact path.
 */
final class ConfigSchema {
    private ConfigSchema() {}

    /** The keys of a record type in declaration order (the documented order); empty for anything else. */
    static List<String> keys(Type type) {
        if (type instanceof Class<?> c && c.isRecord()) {
            return Arrays.stream(c.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        return List.of();
    }

    static boolean isMapping(Type type) {
        return type instanceof Class<?> c && c.isRecord();
    }

    /** The type of {@code key}'s value in a record type, or null when there is no such key. */
    static Type valueType(Type type, String key) {
        if (type instanceof Class<?> c && c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                if (component.getName().equals(key)) {
                    return component.getGenericType();
                }
            }
        }
        return null;
    }

    /**
     * The type of the value at a dotted path from the top of the file ({@code spec.network.nodeCidr}); a segment
     * ending in {@code []} steps into the elements of a list ({@code spec.workerPools[].count}). Null when the
     * format has no such key.
     */
    static Type typeAt(String path) {
        Type type = ClusterConfig.class;
        for (String segment : path.split("\\.")) {
            boolean element = segment.endsWith("[]");
            type = valueType(type, element ? segment.substring(0, segment.length() - 2) : segment);
            if (type != null && element) {
                type = elementType(type);
            }
            if (type == null) {
                return null;
            }
        }
        return type;
    }

    /** The element type of a {@code List<X>}, or null for anything else. */
    static Type elementType(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return p.getActualTypeArguments()[0];
        }
        return null;
    }
}
