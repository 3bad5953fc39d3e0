package io.opencenter.installer.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Turns Jackson's notions of "where" into the dotted paths ({@code spec.workerPools[0].count}) findings use. */
final class YamlPaths {
    private YamlPaths() {}

    /** The path of the key (or array element) the parser is at; "" at the top level. */
    static String of(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray() && c.hasCurrentIndex()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        return strip(String.join("", parts));
    }

    /** The path of Jackson's reference chain, as far as it goes. */
    static String of(List<JsonMappingException.Reference> chain) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : chain) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return strip(path.toString());
    }

    /** "spec.network" → "spec"; "spec.workerPools[0]" → "spec.workerPools"; "spec" → "". */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** "line 12, column 10: " for a known location, "" otherwise. */
    static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    /** Where a key sits, in words: "spec.network" or "the top level". */
    static String describe(String path) {
        return path.isEmpty() ? "the top level" : path;
    }

    private static String strip(String path) {
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
