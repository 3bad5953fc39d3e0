package io.opencenter.installer.openstack.config;

import io.opencenter.installer.workspace.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads clouds.yaml / secure.yaml into plain maps and lists. SnakeYAML directly (not Jackson) because the files
 * have an open shape and its exceptions carry the exact line and column.
 */
final class YamlFile {

    /** Values of these keys are secrets; a syntax error message must never quote them. */
    private static final Pattern SECRET_LINE = Pattern.compile(
            "^\\s*-?\\s*['\"]?(password|application_credential_secret|token|secret)['\"]?\\s*:\\s*(.+?)\\s*$");

    private YamlFile() {}

    /** The parsed document (null for an empty file). */
    static Object read(Path file) throws Malformed, IOException {
        String text = TextFiles.read(file);
        LoaderOptions options = TextFiles.yamlLimits();
        // a clouds.yaml has no business with alias bombs; keep the expansion small
        options.setMaxAliasesForCollections(20);
        try {
            return new Yaml(new Constructor(options)).load(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            int line = mark == null ? 0 : mark.getLine() + 1;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            throw new Malformed(file, line, column, redact(describe(problem), text));
        } catch (YAMLException e) {
            throw new Malformed(file, 0, 0, redact(String.valueOf(e.getMessage()), text));
        }
    }

    /**
     * A {@code !!binary} value, kept undecoded: no key of a cloud entry is binary, and decoding first would fail the
     * whole file on bad base64 ("Illegal base64 character") instead of one entry's key.
     */
    record Binary() {}

    /** The safe constructor, with {@code !!binary} read as {@link Binary}. */
    private static final class Constructor extends SafeConstructor {
        Constructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.BINARY, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return new Binary();
                }
            });
        }
    }

    /** SnakeYAML's wording, with the one case people hit most (a '*' or '&' that starts a password) explained. */
    private static String describe(String problem) {
        if (problem == null) {
            return "not valid YAML";
        }
        if (problem.startsWith("found undefined alias")) {
            return "found a value starting with '*' (YAML reads it as an alias); put such values in quotes";
        }
        return problem;
    }

    /**
     * SnakeYAML quotes bits of the input in some problems ("found undefined alias x", "found duplicate key x").
     * Any secret value present in the file text is cut out of the message, longest first.
     */
    static String redact(String message, String fileText) {
        List<String> secrets = new ArrayList<>();
        for (String line : fileText.split("\\R")) {
            Matcher m = SECRET_LINE.matcher(line);
            if (m.matches()) {
                String value = m.group(2);
                secrets.add(value);
                secrets.add(value.replaceAll("^['\"*&]+|['\"]+$", ""));
            }
        }
        secrets.sort(Comparator.comparingInt(String::length).reversed());
        String result = message;
        for (String secret : secrets) {
            if (secret.length() >= 3) {
                result = result.replace(secret, "******");
            }
        }
        return result;
    }

    /** A file that is not valid YAML: where, and what the parser said (secret values cut out). */
    static final class Malformed extends Exception {
        final Path file;
        final int line;
        final int column;
        final String problem;

        Malformed(Path file, int line, int column, String problem) {
            super(file + (line > 0 ? ", line " + line + ", column " + column : "") + ": " + problem);
            this.file = file;
            this.line = line;
            this.column = column;
            this.problem = problem;
        }
    }
}
