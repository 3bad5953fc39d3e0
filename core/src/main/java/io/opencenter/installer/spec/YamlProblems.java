package io.opencenter.installer.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Rewrites Jackson and SnakeYAML exceptions as findings a person can act on (no Java class names). */
final class YamlProblems {
    private YamlProblems() {}

    /** A YAML syntax error; SnakeYAML's own mark is the most precise location, Jackson's the fallback. */
    static Finding syntax(JsonProcessingException e) {
        String where = YamlPaths.at(e.getLocation());
        String problem = e.getOriginalMessage();
        if (e.getCause() instanceof MarkedYAMLException yaml) {
            Mark mark = yaml.getProblemMark() != null ? yaml.getProblemMark() : yaml.getContextMark();
            if (mark != null) {
                where = "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ";
            }
            problem = yaml.getProblem() != null ? yaml.getProblem() : yaml.getContext();
            if (yaml.getContext() != null && yaml.getProblem() != null) {
                problem = problem + " (" + yaml.getContext() + ")";
            }
        }
        String path = e.getProcessor() instanceof JsonParser p ? YamlPaths.of(p.getParsingContext()) : "";
        // Inside a broken list the parser stands at the last element it read; the list's key is the better place.
        path = path.replaceFirst("\\[\\d+]$", "");
        String hint = problem != null && problem.contains("\\t")
                ? "indent with spaces: YAML does not allow tabs"
                : "check the indentation (spaces only) and that each key is followed by ': '";
        return Finding.error(path, where + "YAML syntax error: " + problem, hint);
    }

    /** A value of the wrong shape or type, e.g. {@code count: three}. */
    static Finding mapping(JsonMappingException e, Map<String, String> values) {
        String path = YamlPaths.of(e.getPath());
        String where = YamlPaths.at(e.getLocation());
        String field = path.isEmpty() ? "the file" : Findings.lastSegment(path);
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            String actual = mismatch instanceof InvalidFormatException invalid
                    ? Findings.quote(invalid.getValue())
                    : values.getOrDefault(path, "something else");
            return Finding.error(path, where + field + " must be " + expected(target) + ", but is " + actual,
                    hintFor(target, field));
        }
        return Finding.error(path, where + field + " could not be read: " + e.getOriginalMessage(),
                "compare with examples/openstack-cluster.yaml");
    }

    /** A key the format does not have. */
    static Finding unknownKey(String path, JsonLocation location, Collection<String> known) {
        String key = Findings.lastSegment(path);
        String hint = DidYouMean.closest(key, known)
                .map(k -> "did you mean `" + k + "`?")
                .orElse("keys allowed here: " + String.join(", ", known));
        return Finding.error(path, YamlPaths.at(location) + "unknown key " + Findings.quote(key) + " in "
                + YamlPaths.describe(YamlPaths.parent(path)), hint);
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a single text value";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping (indented key: value lines)";
    }

    private static String hintFor(Class<?> type, String field) {
        String kind = expected(type);
        return switch (kind) {
            case "a whole number" -> "write a number without quotes or decimals, e.g. " + field + ": 3";
            case "true or false" -> "write " + field + ": true or " + field + ": false";
            case "a single text value" -> "write one value on the same line, e.g. " + field + ": value";
            case "a list" -> "write a list, e.g. " + field + ": [a, b], or one '- item' line per entry";
            default -> "put the " + field + " keys on their own lines, indented under " + field + ":";
        };
    }

}
