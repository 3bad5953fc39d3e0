package io.opencenter.installer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.opencenter.installer.spec.Finding;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints findings in the contract's text ({@code ERROR <path>: <message> (hint: <hint>)}) or JSON form. */
final class FindingsReport {
    enum Format { TEXT, JSON }

    private FindingsReport() {}

    static void print(PrintWriter out, Format format, boolean valid, List<Finding> findings) {
        if (format == Format.JSON) {
            out.println(json(valid, findings));
        } else {
            findings.forEach(f -> out.println(line(f)));
        }
        out.flush();
    }

    static String line(Finding f) {
        String hint = f.hint() == null || f.hint().isBlank() ? "" : " (hint: " + f.hint() + ")";
        // the empty path means the file as a whole (syntax errors, an empty file)
        String path = f.path() == null || f.path().isEmpty() ? "(file)" : f.path();
        return f.severity().name() + " " + path + ": " + f.message() + hint;
    }

    static String json(boolean valid, List<Finding> findings) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("valid", valid);
        doc.put("findings", findings.stream().map(FindingsReport::jsonFinding).toList());
        try {
            return new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render findings as JSON", e);
        }
    }

    private static Map<String, Object> jsonFinding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", f.path());
        m.put("severity", f.severity().name());
        m.put("message", f.message());
        m.put("hint", f.hint());
        return m;
    }
}
