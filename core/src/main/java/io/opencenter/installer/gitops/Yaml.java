package io.opencenter.installer.gitops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one YAML writer of the repository: keys sorted at every level (so {@code apiVersion, kind, metadata, spec}
 * come in that order and equal inputs give equal bytes), no document start marker, quotes only where YAML needs them,
 * multi-line strings as literal blocks.
 */
final class Yaml {
    private static final ObjectMapper WRITER = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Yaml() {}

    /** One document. */
    static String write(Object document) {
        try {
            return WRITER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write YAML: " + e.getOriginalMessage(), e);
        }
    }

    /** Several documents, {@code ---} between them. */
    static String writeAll(List<? extends Map<String, Object>> documents) {
        List<String> parts = new ArrayList<>();
        documents.forEach(d -> parts.add(write(d)));
        return String.join("---\n", parts);
    }

    /** An insertion-ordered map from key/value pairs (the writer sorts anyway; this keeps builders short). */
    static Map<String, Object> map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("odd number of keys and values");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                out.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return out;
    }

    /** {@code apiVersion}, {@code kind}, {@code metadata} (name, namespace when not null, labels) and the rest. */
    static Map<String, Object> object(String apiVersion, String kind, String name, String namespace,
                                      Object... rest) {
        Map<String, Object> metadata = map("name", name, "namespace", namespace,
                "labels", map("app.kubernetes.io/managed-by", "opencenter-installer"));
        Map<String, Object> out = map("apiVersion", apiVersion, "kind", kind, "metadata", metadata);
        out.putAll(map(rest));
        return out;
    }
}
