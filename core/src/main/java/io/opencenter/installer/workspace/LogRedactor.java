package io.opencenter.installer.workspace;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text that leaves the process: the Install page's live log, the log file and stderr, the support
 * bundle. The engine never logs secrets on purpose; this is the second fence, for an error message that quotes a
 * request or a header. Masks the values in {@link SecretValues} and whatever looks like a secret (key=value
 * secrets, credentials in URLs, bearer tokens, PEM and age keys, kubeadm bootstrap tokens, long token runs). Cloud ids (UUIDs), names and addresses stay readable.
 */
public final class LogRedactor {
    public static final String MASK = "******";

    /**
     * {@code password=x}, {@code "secret": "x"}, {@code token: x}, {@code X-Auth-Token: x}, … but not a stack frame's
     * {@code (TokenSource.java:42)}, whose line number is no secret.
     */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)(\"?[\\w.-]*(?:password|passwd|secret|token|api[_-]?key|private[_-]?key|credential)[\\w.-]*"
                    + "(?<!\\.java)\"?\\s*[:=]\\s*)(\"[^\"]*\"|'[^']*'|[^\\s,;}&]+)");
    private static final Pattern BEARER = Pattern.compile("(?i)(\\b(?:bearer|basic)\\s+)[A-Za-z0-9._~+/=-]{8,}");
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)", Pattern.DOTALL);
    private static final Pattern AGE_KEY = Pattern.compile("AGE-SECRET-KEY-1[0-9A-Z]+");
    /**
     * A kubeadm bootstrap token ({@code abcdef.0123456789abcdef}): a node's console prints it in the join command
     * that {@code kubeadm init} writes out, which no key=value rule catches ({@code --token abcdef.…}).
     */
    private static final Pattern BOOTSTRAP_TOKEN =
            Pattern.compile("(?<![\\w.-])[a-z0-9]{6}\\.[a-z0-9]{16}(?![\\w.-])");
    /** Long unbroken runs of token characters (Keystone fernet tokens, base64 keys); UUIDs break at dashes. */
    private static final Pattern LONG_TOKEN = Pattern.compile("(?<![\\w/.-])[A-Za-z0-9+/_=-]{40,}(?![\\w/.-])");

    /** A long token between the slashes of a URL (a token in a path segment). */
    private static final Pattern URL_PART_TOKEN = Pattern.compile("(?<![\\w.-])[A-Za-z0-9+_=-]{40,}(?![\\w.-])");

    private static final List<Pattern> WHOLE = List.of(PEM, AGE_KEY, BOOTSTRAP_TOKEN);

    /** Text after redaction and how many masks went in. */
    public record Redacted(String text, int masks) {}

    private LogRedactor() {}

    public static String redact(String line) {
        return line == null || line.isEmpty() ? line : redactCounting(line).text();
    }

    public static Redacted redactCounting(String text) {
        if (text == null || text.isEmpty()) {
            return new Redacted(text, 0);
        }
        int[] count = {0};
        // known values first: a pattern below could otherwise mask only part of one and leave the rest readable
        String result = SecretValues.mask(text, MASK, count);
        result = UrlCredentials.mask(result, MASK, count); // any userinfo in a URL is a secret
        for (Pattern p : WHOLE) {
            result = p.matcher(result).replaceAll(m -> counted(count, MASK));
        }
        result = KEY_VALUE.matcher(result).replaceAll(m -> isMask(m.group(2)) ? Matcher.quoteReplacement(m.group())
                : counted(count, m.group(1) + MASK));
        result = BEARER.matcher(result).replaceAll(m -> counted(count, m.group(1) + MASK));
        result = longTokens(result, count);
        return new Redacted(result, count[0]);
    }

    /**
     * Masks long token runs. Inside a URL a run also spans {@code port/path} ('/' is a base64 character), so there
     * only a path segment or query part that is itself a long token is masked: the port and path stay readable.
     */
    private static String longTokens(String text, int[] count) {
        Matcher m = LONG_TOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String run = m.group();
            String replacement;
            if (looksLikeUuidList(run)) {
                replacement = Matcher.quoteReplacement(run);
            } else if (inUrl(text, m.start())) {
                replacement = Matcher.quoteReplacement(URL_PART_TOKEN.matcher(run).replaceAll(part ->
                        looksLikeUuidList(part.group()) ? Matcher.quoteReplacement(part.group()) : counted(count, MASK)));
            } else {
                replacement = counted(count, MASK);
            }
            m.appendReplacement(out, replacement);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** True when the word that {@code at} lies in (up to the previous blank or quote) holds {@code ://}. */
    private static boolean inUrl(String text, int at) {
        int from = at;
        while (from > 0 && " \t\r\n\"'<>()".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return text.substring(from, at).contains("://");
    }

    private static boolean isMask(String value) {
        return value.replace("\"", "").replace("'", "").equals(MASK);
    }

    private static String counted(int[] count, String replacement) {
        count[0]++;
        return Matcher.quoteReplacement(replacement);
    }

    /** Dashed groups of hex digits (UUIDs, also several joined) are ids, not secrets. */
    private static boolean looksLikeUuidList(String s) {
        return s.matches("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}(-[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-"
                + "[0-9a-fA-F]{12})*");
    }
}
