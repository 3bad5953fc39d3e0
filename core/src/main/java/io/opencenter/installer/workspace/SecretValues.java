package io.opencenter.installer.workspace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The secrets this process has seen (passwords, application-credential secrets, tokens), remembered where they enter
 * the program so the {@link LogRedactor} can mask them by value: a password like {@code correct horse} looks like
 * nothing, so no pattern would catch it in an error message. Their base64 forms are remembered too (HTTP basic auth,
 * Kubernetes Secret data). Kept in memory only, for the life of the process.
 */
public final class SecretValues {
    /**
     * Shorter values would mask ordinary words all over the log (the sandbox's public password {@code demo} would hide
     * every cluster named demo); they are still masked where they stand as {@code password=…} and the like.
     */
    public static final int MIN_LENGTH = 8;

    private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();
    /** Longest first, so a secret that contains another is masked whole; rebuilt on change, read lock-free. */
    private static volatile List<String> ordered = List.of();

    private SecretValues() {}

    /** Remembers {@code value} (null, blank or short values are ignored). */
    public static void remember(String value) {
        if (value == null || value.strip().length() < MIN_LENGTH) {
            return;
        }
        boolean added = VALUES.add(value);
        String b64 = Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
        added |= VALUES.add(b64);
        // without padding: the same characters start a longer base64 text that holds the value
        added |= VALUES.add(b64.replace("=", ""));
        if (added) {
            reorder();
        }
    }

    /** Same as {@link #remember(String)} for a value held as characters (the caller keeps and wipes its array). */
    public static void remember(char[] value) {
        if (value != null && value.length >= MIN_LENGTH) {
            remember(new String(value));
        }
    }

    private static synchronized void reorder() {
        List<String> all = new ArrayList<>(VALUES);
        all.sort(Comparator.comparingInt(String::length).reversed());
        ordered = List.copyOf(all);
    }

    /** Replaces every remembered value in {@code text} with {@code mask}; {@code count[0]} grows by the number. */
    static String mask(String text, String mask, int[] count) {
        String result = text;
        for (String secret : ordered) {
            int at = result.indexOf(secret);
            if (at < 0) {
                continue;
            }
            StringBuilder out = new StringBuilder(result.length());
            int from = 0;
            while (at >= 0) {
                out.append(result, from, at).append(mask);
                count[0]++;
                from = at + secret.length();
                at = result.indexOf(secret, from);
            }
            result = out.append(result, from, result.length()).toString();
        }
        return result;
    }

    /** For tests that must not see each other's secrets. */
    static void forgetAll() {
        VALUES.clear();
        reorder();
    }
}
