package io.opencenter.installer.spec;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one validation run, in the order the rules find them. */
final class Findings {
    private final List<Finding> found = new ArrayList<>();

    void error(String path, String message, String hint) {
        found.add(Finding.error(path, message, hint));
    }

    void error(ConfigField field, String message, String hint) {
        error(field.path(), message, hint);
    }

    void warning(ConfigField field, String message, String hint) {
        found.add(Finding.warning(field.path(), message, hint));
    }

    /**
     * Reports {@code path} as missing when the value is null or a blank string.
     *
     * @return true when the value is present, so callers can go on checking it
     */
    boolean require(String path, Object value, String hint) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            error(path, lastSegment(path) + " is required", hint);
            return false;
        }
        return true;
    }

    boolean require(ConfigField field, Object value, String hint) {
        return require(field.path(), value, hint);
    }

    List<Finding> list() {
        return List.copyOf(found);
    }

    /** "spec.workerPools[1].name" → "name"; "spec.workerPools[1]" → "workerPools[1]". */
    static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** Quotes a user value in messages so that empty strings and spaces stay visible. */
    static String quote(Object value) {
        return "`" + value + "`";
    }
}
