package io.opencenter.installer.bootstrap.kubeconfig;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.opencenter.installer.workspace.TextFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A kubeconfig as a Jackson tree ({@code clusters}, {@code users}, {@code contexts}: lists of {@code {name, …}}),
 * read and written as YAML. Working on the tree keeps every field the installer does not know (exec plugins,
 * extensions, preferences) as it was.
 */
final class KubeconfigYaml {
    /** The three lists of named entries, and the key under which each entry holds its settings. */
    enum Kind {
        CLUSTER("clusters", "cluster"), USER("users", "user"), CONTEXT("contexts", "context");

        final String list;
        final String field;

        Kind(String list, String field) {
            this.list = list;
            this.field = field;
        }
    }

    /** A kubeconfig that is not one: the message names the file and the place, never quotes it (it holds keys). */
    static final class Invalid extends IOException {
        Invalid(Path file, String problem) {
            super(file + " " + problem + "; fix the file, or set KUBECONFIG to leave it out of the merge");
        }
    }

    private static final ObjectMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                    .loaderOptions(TextFiles.yamlLimits())
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    // every string double-quoted: kubectl reads YAML 1.1, where unquoted on, yes or 1e3 are no
                    // strings, and a cluster may be named so
                    .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    // base64 data would otherwise be folded over lines
                    .disable(YAMLGenerator.Feature.SPLIT_LINES)
                    .build())
            .build();

    private KubeconfigYaml() {}

    static ObjectNode newDocument() {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("apiVersion", "v1");
        doc.put("kind", "Config");
        doc.putObject("preferences");
        for (Kind kind : List.of(Kind.CLUSTER, Kind.USER, Kind.CONTEXT)) {
            doc.putArray(kind.list);
        }
        return doc;
    }

    static String write(ObjectNode doc) {
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree built in memory always serializes
        }
    }

    /** The kubeconfig in {@code file}; an empty file is an empty kubeconfig, as kubectl reads it. */
    static ObjectNode read(Path file) throws IOException {
        String text = TextFiles.read(file);
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new Invalid(file, "is not valid YAML" + (at == null ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return newDocument();
        }
        if (!(root instanceof ObjectNode doc)) {
            throw new Invalid(file, "is not a kubeconfig (its top level is not a mapping)");
        }
        for (Kind kind : Kind.values()) {
            JsonNode list = doc.get(kind.list);
            if (list == null || list.isNull()) {
                continue;
            }
            if (!list.isArray()) {
                throw new Invalid(file, "is not a kubeconfig (" + kind.list + " is not a list)");
            }
            for (JsonNode entry : list) {
                if (!entry.isObject() || !entry.path("name").isTextual()) {
                    throw new Invalid(file, "is not a kubeconfig (an entry of " + kind.list + " has no name)");
                }
            }
        }
        return doc;
    }

    /** The entry named {@code name} in the document's list of {@code kind}, or null. */
    static ObjectNode entry(ObjectNode doc, Kind kind, String name) {
        JsonNode list = doc.get(kind.list);
        if (list != null && list.isArray()) {
            for (JsonNode entry : list) {
                if (name.equals(entry.path("name").asText(null))) {
                    return (ObjectNode) entry;
                }
            }
        }
        return null;
    }

    /** Puts {@code entry} in place of the entry of the same name, or at the end of the list. */
    static void put(ObjectNode doc, Kind kind, ObjectNode entry) {
        JsonNode existing = doc.get(kind.list);
        ArrayNode list = existing != null && existing.isArray() ? (ArrayNode) existing : doc.putArray(kind.list);
        String name = entry.path("name").asText();
        for (int i = 0; i < list.size(); i++) {
            if (name.equals(list.get(i).path("name").asText(null))) {
                list.set(i, entry);
                return;
            }
        }
        list.add(entry);
    }
}
