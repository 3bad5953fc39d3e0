package io.opencenter.installer.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
 * document) and remembers where each key is, so later findings can point at the key's own line.
 */
final class YamlStructure {
    private static final String START_HINT = "start from examples/sandbox-cluster.yaml";

    final List<Finding> problems = new ArrayList<>();
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
        } catch (IOException e) {
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
        Deque<Set<String>> keysPerMapping = new ArrayDeque<>();
        keysPerMapping.push(new HashSet<>());
        while (!keysPerMapping.isEmpty()) {
            JsonToken token = p.nextToken();
            if (token != null && token != JsonToken.FIELD_NAME && !token.isStructEnd()) {
                values.put(YamlPaths.of(p.getParsingContext()), describe(p));
            }
            if (token == JsonToken.START_OBJECT) {
                keysPerMapping.push(new HashSet<>());
            } else if (token == JsonToken.START_ARRAY) {
                keysPerMapping.push(Set.of()); // placeholder: lists have no keys
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                keysPerMapping.pop();
            } else if (token == JsonToken.FIELD_NAME) {
                key(p, keysPerMapping.peek());
            } else if (token == null) {
                return;
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

    private void key(JsonParser p, Set<String> seen) throws IOException {
        String path = YamlPaths.of(p.getParsingContext());
        JsonLocation location = p.currentTokenLocation();
        if (!seen.add(p.currentName())) {
            problems.add(Finding.error(path, YamlPaths.at(location) + "key " + Findings.quote(p.currentName())
                    + " appears twice in " + YamlPaths.describe(YamlPaths.parent(path)),
                    "keep one of them (line " + keyLocations.get(path).getLineNr() + " is the other)"));
            return;
        }
        keyLocations.put(path, location);
    }
}
