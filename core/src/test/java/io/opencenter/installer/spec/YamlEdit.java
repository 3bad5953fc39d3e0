package io.opencenter.installer.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small line edits of a valid config, so each bad-config case reads as "the example, but with this line".
 * Lines are matched by their text without a trailing comment, and each target must occur exactly once, so a
 * case cannot silently stop editing anything when the example changes.
 */
final class YamlEdit {
    private final List<String> lines;

    private YamlEdit(String yaml) {
        lines = new ArrayList<>(Arrays.asList(yaml.split("\n", -1)));
    }

    static YamlEdit of(String yaml) {
        return new YamlEdit(yaml);
    }

    static YamlEdit openstack() {
        return of(read("examples/openstack-cluster.yaml"));
    }

    static YamlEdit sandbox() {
        return of(read("examples/sandbox-cluster.yaml"));
    }

    static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the line by zero or more lines. */
    YamlEdit set(String line, String... replacement) {
        int i = indexOf(line);
        lines.remove(i);
        lines.addAll(i, List.of(replacement));
        return this;
    }

    YamlEdit drop(String line) {
        return set(line);
    }

    /** Replaces the line together with everything indented below it. */
    YamlEdit block(String line, String... replacement) {
        int i = indexOf(line);
        int indent = indent(lines.get(i));
        int end = i + 1;
        while (end < lines.size() && (lines.get(end).isBlank() || indent(lines.get(end)) > indent)) {
            end++;
        }
        lines.subList(i, end).clear();
        lines.addAll(i, List.of(replacement));
        return this;
    }

    YamlEdit insertAfter(String line, String... extra) {
        lines.addAll(indexOf(line) + 1, List.of(extra));
        return this;
    }

    String yaml() {
        return String.join("\n", lines);
    }

    private int indexOf(String line) {
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (withoutComment(lines.get(i)).equals(line)) {
                if (found >= 0) {
                    throw new IllegalArgumentException("line occurs more than once: " + line);
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("line not found: " + line);
        }
        return found;
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf(" #");
        return (hash < 0 ? line : line.substring(0, hash)).stripTrailing();
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
