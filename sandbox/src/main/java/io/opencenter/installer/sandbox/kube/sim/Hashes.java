package io.opencenter.installer.sandbox.kube.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Name suffixes as Kubernetes makes them (consonants and digits that spell no words), derived from content instead
 * of chance, so that a tick is deterministic: the same template always gets the same ReplicaSet name.
 */
final class Hashes {
    private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

    private Hashes() {}

    /** A 10-character hash, like a {@code pod-template-hash}. */
    static String of(String content) {
        return encode(content, 10);
    }

    /** A 5-character suffix, like the random part of a generated pod name. */
    static String suffix(String seed) {
        return encode(seed, 5);
    }

    private static String encode(String content, int length) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt((digest[i] & 0xff) % ALPHABET.length()));
        }
        return out.toString();
    }
}
