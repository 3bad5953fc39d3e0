package io.opencenter.installer.secrets;

import java.util.Arrays;
import java.util.Base64;

/**
 * The base64 of age's header: standard alphabet, no {@code =} padding, canonical only (the spec requires decoders to
 * refuse non-canonical encodings, since two texts for one value would make the header malleable).
 */
final class RawBase64 {
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

    private RawBase64() {}

    static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /** The bytes, or null when {@code text} is not canonical unpadded base64. */
    static byte[] decode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                    || c == '/';
            if (!alphabet) {
                return null;
            }
        }
        if (text.length() % 4 == 1) {
            return null;
        }
        byte[] bytes = Base64.getDecoder().decode(text);
        // non-canonical: the unused low bits of the last character were not zero
        return Arrays.equals(ENCODER.encode(bytes), text.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                ? bytes : null;
    }
}
