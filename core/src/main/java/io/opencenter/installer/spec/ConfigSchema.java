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

    /** The element type of a {@code List<X>}, or null for anything else. */
    static Type elementType(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return p.getActualTypeArguments()[0];
        }
        return null;
    }
}
