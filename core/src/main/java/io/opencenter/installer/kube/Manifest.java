package io.opencenter.installer.kube;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One object as the installer wants it, in the API's own shape (apiVersion, kind, metadata, spec, ...): what a
 * server-side apply sends. Plain maps rather than typed models, because what the installer applies (Flux objects,
 * CRDs, charts' values) mostly has no Java model, and because the callers never need fabric8 to build one.
 * The content is an unmodifiable deep copy.
 */
public record Manifest(Map<String, Object> content) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    public Manifest {
        content = Trees.freeze(content);
        ref(content); // fails early on a manifest that names no object
    }

    /** Every object of a YAML stream ({@code ---} separated; empty documents skipped). */
    public static List<Manifest> parseAll(String yaml) {
        List<Manifest> out = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (docs.hasNextValue()) {
                JsonNode doc = docs.nextValue();
                if (doc == null || doc.isNull() || doc.isMissingNode()) {
                    continue; // an empty document between two "---"
                }
                if (!doc.isObject()) {
                    throw new IllegalArgumentException("not a YAML manifest: document " + (out.size() + 1)
                            + " is not a mapping");
                }
                if (!doc.isEmpty()) {
                    out.add(new Manifest(YAML.convertValue(doc, MAP)));
                }
            }
        } catch (JsonProcessingException e) {
            // the location only: the text may hold a Secret's data
            throw new IllegalArgumentException("not a YAML manifest (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("not a YAML manifest: " + e.getClass().getSimpleName());
        }
        return List.copyOf(out);
    }

    /** The one object of a YAML document. */
    public static Manifest parse(String yaml) {
        List<Manifest> all = parseAll(yaml);
        if (all.size() != 1) {
            throw new IllegalArgumentException("expected one object, found " + all.size());
        }
        return all.get(0);
    }

    public ObjectRef ref() {
        return ref(content);
    }

    /** The same object in another namespace (a namespaced manifest written without one). */
    public Manifest inNamespace(String namespace) {
        Map<String, Object> copy = new LinkedHashMap<>(content);
        Map<String, Object> meta = new LinkedHashMap<>(Trees.map(content, "metadata"));
        meta.put("namespace", namespace);
        copy.put("metadata", meta);
        return new Manifest(copy);
    }

    private static ObjectRef ref(Map<String, Object> content) {
        Object apiVersion = content.get("apiVersion");
        Object kind = content.get("kind");
        Map<String, Object> meta = Trees.map(content, "metadata");
        Object name = meta.get("name");
        if (!(apiVersion instanceof String) || !(kind instanceof String) || !(name instanceof String)) {
            // server-side apply needs a name: generateName is not enough
            throw new IllegalArgumentException("a manifest needs apiVersion, kind and metadata.name (got apiVersion="
                    + apiVersion + ", kind=" + kind + ", name=" + name + ")");
        }
        Object ns = meta.get("namespace");
        return new ObjectRef(ApiKind.of((String) apiVersion, (String) kind), ns instanceof String s ? s : null,
                (String) name);
    }

    @Override
    public String toString() {
        // never the content: it may be a Secret
        return "Manifest[" + ref() + "]";
    }
}
