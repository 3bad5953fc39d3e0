package io.opencenter.installer.openstack.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** secure.yaml over clouds.yaml: mappings merge key by key at every depth, anything else is replaced. */
final class DeepMerge {
    private DeepMerge() {}

    static Map<Object, Object> merge(Map<?, ?> base, Map<?, ?> over) {
        Map<Object, Object> result = new LinkedHashMap<>(base);
        for (Map.Entry<?, ?> e : over.entrySet()) {
            Object mine = result.get(e.getKey());
            if (mine instanceof Map<?, ?> a && e.getValue() instanceof Map<?, ?> b) {
                result.put(e.getKey(), merge(a, b));
            } else {
                result.put(e.getKey(), e.getValue());
            }
        }
        return result;
    }
}
