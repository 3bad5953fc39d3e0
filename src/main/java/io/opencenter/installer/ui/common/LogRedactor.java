package io.opencenter.installer.ui.common;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like a secret in a line shown to the user (the Install page's live log). The engine never
 * logs secrets on purpose; this is the second fence, for an error message that quotes a request or a header.
 * Cloud ids (UUIDs), names and addresses stay readable.
 */
public final class LogRedactor {
    public static final String MASK = "******";

    /** {@code password=x}, {@code "secret": "x"}, {@code token: x}, {@code X-Auth-Token: x}, … */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)(\"?[\\w.-]*(?:password|passwd|secret|token|api[_-]?key|private[_-]?key|credential)[\\w.-]*\"?"
                    + "\\s*[:=]\\s*)(\"[^\"]*\"|'[^']*'|[^\\s,;}&]+)");
    private static final Pattern BEARER = Pattern.compile("(?i)(\\b(?:bearer|basic)\\s+)[A-Za-z0-9._~+/=-]{8,}");
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)", Pattern.DOTALL);
    private static final Pattern AGE_KEY = Pattern.compile("AGE-SECRET-KEY-1[0-9A-Z]+");
    /** Long unbroken runs of token characters (Keystone fernet tokens, base64 keys); UUIDs break at dashes. */
    private static final Pattern LONG_TOKEN = Pattern.compile("(?<![\\w/.-])[A-Za-z0-9+/_=-]{40,}(?![\\w/.-])");

    private static final List<Pattern> WHOLE = List.of(PEM, AGE_KEY);

    private LogRedactor() {}

    public static String redact(String line) {
        if (line == null || line.isEmpty()) {
            return line;
        }
        String result = line;
        for (Pattern p : WHOLE) {
            result = p.matcher(result).replaceAll(MASK);
        }
        result = KEY_VALUE.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        result = BEARER.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        result = LONG_TOKEN.matcher(result).replaceAll(m -> looksLikeUuidList(m.group()) ? m.group() : MASK);
        return result;
    }

    /** Dashed groups of hex digits (UUIDs, also several joined) are ids, not secrets. */
    private static boolean looksLikeUuidList(String s) {
        return s.matches("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}(-[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-"
                + "[0-9a-fA-F]{12})*");
    }
}
