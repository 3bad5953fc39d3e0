package io.opencenter.installer.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * First pass over a config file, token by token, before any mapping to records: finds what makes the file
 * unreadable as a config (syntax errors, empty file, a list or scalar at the top, duplicate keys, more than one
 * document), every key the format does not have, and where each key and value is, so later findings can point
 * at their own line.
 */
final class YamlStructure {
    private static final String START_HINT = "start from examples/sandbox-cluster.yaml";

    /** What makes the file unusable as a config. */
    final List<Finding> problems = new ArrayList<>();
    /** Keys the format does not have: errors, but the rest of the file can still be read. */
    final List<Finding> unknownKeys = new ArrayList<>();
    final Map<String, JsonLocation> keyLocations = new HashMap<>();
    /** What each value looks like ("a list", "`three`"), for type-error messages; keyed by path. */
    final Map<String, String> values = new HashMap<>();

    private YamlStructure() {}

    static YamlStructure scan(ObjectMapper mapper, String yaml) {
        YamlStructure structure = new YamlStructure();
        if (structure.tabIndented(yaml)) {
            return structure;
        }
        try (JsonParser p = mapper.createParser(yaml)) {
            structure.walk(p);
        } catch (StreamReadException e) {
            structure.problems.add(YamlProblems.syntax(e));
        } catch (IOException | RuntimeException e) {
            // reading must never throw on content; anything unexpected still becomes a finding
            structure.problems.add(Finding.error("", "the config could not be read: " + e.getMessage(), START_HINT));
        }
        return structure;
    }

    /**
     * SnakeYAML reads some tab-indented lines as something else entirely (a scalar, a top-level key), which then
     * shows up as a puzzling type error; naming the tab is far clearer.
     */
    private boolean tabIndented(String yaml) {
        String[] lines = yaml.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int indent = 0;
            while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
                indent++;
            }
            int tab = line.substring(0, indent).indexOf('\t');
            if (tab >= 0 && indent < line.length() && line.charAt(indent) != '#') {
                problems.add(Finding.error("", "line " + (i + 1) + ", column " + (tab + 1)
                        + ": the line is indented with a tab", "indent with spaces: YAML does not allow tabs"));
                return true;
            }
        }
        return false;
    }

    private void walk(JsonParser p) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null || first == JsonToken.VALUE_NULL || (first.isScalarValue() && p.getText().isEmpty())) {
            problems.add(Finding.error("", "the file is empty", START_HINT));
            return;
        }
        if (first != JsonToken.START_OBJECT) {
            String what = first == JsonToken.START_ARRAY ? "a list" : "a single value " + Findings.quote(p.getText());
            problems.add(Finding.error("", YamlPaths.at(p.currentTokenLocation()) + "the file is " + what
                    + ", but a cluster config is a mapping with apiVersion, kind, metadata and spec", START_HINT));
            return;
        }
        Deque<Frame> open = new ArrayDeque<>();
        open.push(new Frame(ClusterConfig.class));
        while (!open.isEmpty()) {
            JsonToken token = p.nextToken();
            if (token == null) {
                return;
            }
            if (token != JsonToken.FIELD_NAME && !token.isStructEnd()) {
                values.put(YamlPaths.of(p.getParsingContext()), describe(p));
            }
            if (token.isStructStart()) {
                open.push(new Frame(open.peek().valueType));
            } else if (token.isStructEnd()) {
                open.pop();
            } else if (token == JsonToken.FIELD_NAME) {
                key(p, open.peek());
            }
        }
        if (p.nextToken() != null) {
            problems.add(Finding.error("", YamlPaths.at(p.currentTokenLocation())
                    + "the file holds more than one YAML document (separated by ---)",
                    "keep one cluster config per file"));
        }
    }

    /** The value the parser is at, in words for a message. */
    static String describe(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "a mapping (key: value lines)";
            case VALUE_NULL -> "empty";
            default -> p.getText().isEmpty() ? "empty" : Findings.quote(p.getText());
        };
    }

    private void key(JsonParser p, Frame mapping) throws IOException {
        String name = p.currentName();
        String path = YamlPaths.of(p.getParsingContext());
        JsonLocation location = p.currentTokenLocation();
        if (!mapping.seen.add(name)) {
            problems.add(Finding.error(path, YamlPaths.at(location) + "key " + Findings.quote(name)
                    + " appears twice in " + YamlPaths.describe(YamlPaths.parent(path)),
                    "keep one of them (line " + keyLocations.get(path).getLineNr() + " is the other)"));
            return;
        }
        keyLocations.put(path, location);
        mapping.valueType = ConfigSchema.valueType(mapping.type, name);
        // Only mappings the format defines are checked: under an unknown key or a value of the wrong shape
        // there is nothing to compare against (the wrong shape itself is reported when mapping to records).
        if (ConfigSchema.isMapping(mapping.type) && mapping.valueType == null) {
            unknownKeys.add(YamlProblems.unknownKey(path, location, ConfigSchema.keys(mapping.type)));
        }
    }

    /** An open mapping or list: what type the format expects there, and what the next value's type is. */
    private static final class Frame {
        final Type type;
        final Set<String> seen = new HashSet<>();
        /** For a list the element type; for a mapping the type of the value after the last key. */
        Type valueType;

        Frame(Type type) {
            this.type = type;
            this.valueType = ConfigSchema.elementType(type);
        }
    }
}
