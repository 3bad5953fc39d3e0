package io.opencenter.installer.provision.tofu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes HCL text: blocks opened and closed through this class only (so braces always balance), attributes with
 * their names aligned per block, and string literals escaped, including the {@code ${}}/{@code %{}} template
 * markers that HCL would otherwise interpolate.
 */
final class HclWriter {
    private final StringBuilder out = new StringBuilder();
    /** Consecutive attributes of the current block, written on the next non-attribute line with aligned '='. */
    private final List<String[]> run = new ArrayList<>();
    private int depth;

    /** {@code header {}} then the body's lines; {@code header} is e.g. {@code resource "type" "label"}. */
    HclWriter open(String header) {
        line(header + " {");
        depth++;
        return this;
    }

    HclWriter close() {
        if (depth == 0) {
            throw new IllegalStateException("no block to close");
        }
        flush();
        depth--;
        line("}");
        return this;
    }

    /** {@code name = expression}; {@code expression} is written as is (a reference, number, list...). */
    HclWriter attr(String name, String expression) {
        run.add(new String[] {name, expression});
        return this;
    }

    /** {@code name = "value"}, escaped; nothing when {@code value} is null. */
    HclWriter string(String name, String value) {
        return value == null ? this : attr(name, quote(value));
    }

    HclWriter comment(String text) {
        line("# " + text);
        return this;
    }

    HclWriter blank() {
        flush();
        out.append('\n');
        return this;
    }

    /**
     * A multi-line string as a heredoc (no interpolation inside: markers are escaped); a quoted string when a line
     * of the text would end the heredoc early.
     */
    HclWriter heredoc(String name, String text) {
        if (text.lines().anyMatch(l -> l.strip().equals("EOT"))) {
            return string(name, text);
        }
        String body = escapeTemplates(text);
        // the heredoc's first line aligns with the attributes before it and ends their group, as fmt has it
        attr(name, "<<-EOT\n" + (body.endsWith("\n") ? body : body + "\n") + "  ".repeat(depth) + "EOT");
        flush();
        return this;
    }

    String text() {
        flush();
        if (depth != 0) {
            throw new IllegalStateException(depth + " block(s) left open");
        }
        return out.toString();
    }

    static String quote(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return escapeTemplates(b.append('"').toString());
    }

    static String list(List<String> expressions) {
        return "[" + String.join(", ", expressions) + "]";
    }

    static String stringList(List<String> values) {
        return list(values.stream().map(HclWriter::quote).toList());
    }

    /** {@code { "key" = "value", ... }} in the map's order. */
    static String stringMap(Map<String, String> values) {
        return values.entrySet().stream().map(e -> quote(e.getKey()) + " = " + quote(e.getValue()))
                .collect(Collectors.joining(", ", "{ ", " }"));
    }

    private static String escapeTemplates(String s) {
        return s.replace("${", "$${").replace("%{", "%%{");
    }

    /** Aligns the '=' of the pending attributes the way {@code tofu fmt} does. */
    private void flush() {
        int width = run.stream().mapToInt(a -> a[0].length()).max().orElse(0);
        for (String[] a : run) {
            out.append("  ".repeat(depth)).append(a[0]).append(" ".repeat(width - a[0].length())).append(" = ")
                    .append(a[1]).append('\n');
        }
        run.clear();
    }

    private void line(String text) {
        flush();
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
