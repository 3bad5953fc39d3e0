package io.opencenter.installer.spec;

import java.util.Locale;
import java.util.regex.Pattern;

/** Kubernetes-style DNS-1123 labels: lower-case letters, digits and '-', starting and ending alphanumeric. */
public final class Dns1123 {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private Dns1123() {}

    public static boolean isLabel(String s, int maxLength) {
        return s != null && s.length() <= maxLength && LABEL.matcher(s).matches();
    }

    /** A valid label close to {@code s} (lower-cased, other characters turned into '-'), or "" if nothing is left. */
    public static String suggest(String s, int maxLength) {
        String label = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        if (label.length() > maxLength) {
            label = label.substring(0, maxLength);
        }
        return label.replaceAll("^-+|-+$", "");
    }
}
