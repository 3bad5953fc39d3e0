package io.opencenter.installer.bootstrap.pki;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * kubeadm's bootstrap token, {@code <id>.<secret>}: the id (6 characters) names the token's Secret in kube-system
 * and may be shown; the secret (16 characters) is what a joining node proves it knows, and never is.
 */
public final class BootstrapToken {
    /** kubeadm's own pattern ({@code BootstrapTokenPattern}). */
    public static final Pattern FORMAT = Pattern.compile("[a-z0-9]{6}\\.[a-z0-9]{16}");

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private BootstrapToken() {}

    /** A new token, each character drawn uniformly from {@code [a-z0-9]} (about 83 bits in the secret). */
    public static String generate() {
        return random(6) + "." + random(16);
    }

    public static boolean isWellFormed(String token) {
        return token != null && FORMAT.matcher(token).matches();
    }

    /** The public half, safe to show (kubeadm names the Secret {@code bootstrap-token-<id>}). */
    public static String id(String token) {
        if (!isWellFormed(token)) {
            throw new IllegalArgumentException("not a bootstrap token of the form [a-z0-9]{6}.[a-z0-9]{16}");
        }
        return token.substring(0, 6);
    }

    private static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
