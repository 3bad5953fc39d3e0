package io.opencenter.installer.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials written into a URL ({@code https://user:token@host/…}): the one definition of where they are, used
 * to leave them out of what the installer keeps and shows, and by {@link LogRedactor} to mask them in any text.
 * Every userinfo is treated as a secret, a bare user name too (it is often a token).
 */
public final class UrlCredentials {
    /** {@code scheme://userinfo@}: the userinfo has no '/', '?', '#', blank or second '@'. */
    static final Pattern USERINFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)([^/?#\\s@\"']+)@");

    private UrlCredentials() {}

    /** True when {@code url} carries a userinfo part. */
    public static boolean present(String url) {
        return url != null && USERINFO.matcher(url).find();
    }

    /** {@code url} without its userinfo: {@code https://host/…}. */
    public static String strip(String url) {
        return url == null ? null : USERINFO.matcher(url).replaceAll("$1");
    }

    /** {@code text} with each URL's userinfo shown as {@value LogRedactor#MASK}. */
    public static String masked(String text) {
        return text == null ? null : mask(text, LogRedactor.MASK, new int[1]);
    }

    /** {@code text} with each URL's userinfo replaced by {@code mask}; {@code count[0]} grows by the number masked. */
    static String mask(String text, String mask, int[] count) {
        Matcher m = USERINFO.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            boolean masked = m.group(2).equals(mask);
            if (!masked) {
                count[0]++;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + mask + "@"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The secret values in {@code url}'s userinfo (the whole userinfo and the part after ':'), to remember. */
    public static List<String> secrets(String url) {
        List<String> values = new ArrayList<>();
        Matcher m = USERINFO.matcher(url == null ? "" : url);
        while (m.find()) {
            String userinfo = m.group(2);
            values.add(userinfo);
            int colon = userinfo.indexOf(':');
            if (colon >= 0) {
                values.add(userinfo.substring(colon + 1));
            }
        }
        return values;
    }
}
