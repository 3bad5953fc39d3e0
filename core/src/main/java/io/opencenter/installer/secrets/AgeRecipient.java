package io.opencenter.installer.secrets;

import java.util.Locale;

/**
 * An age X25519 recipient: the public key files are encrypted to, {@code age1…} (bech32, lower case). Public: it may
 * be shown, logged and put in {@code .sops.yaml}. Made only from a valid key, so holding one means it parses.
 *
 * @param encoded the {@code age1…} text, lower case
 */
public record AgeRecipient(String encoded) {
    static final String HRP = "age";
    static final int KEY_LENGTH = 32;

    /**
     * @throws AgeException when {@code encoded} is not an X25519 age recipient (the message says why)
     */
    public AgeRecipient {
        encoded = Bech32.encode(HRP, publicKeyOf(encoded));
    }

    /**
     * The recipient written in {@code text} ({@code age1…}, surrounding whitespace ignored).
     *
     * @throws AgeException when it is not an X25519 age recipient (the message says why, without quoting the text:
     *                      someone may have pasted a secret key by mistake)
     */
    public static AgeRecipient parse(String text) {
        if (text == null) {
            throw new AgeException("no age recipient given (expected age1…)");
        }
        return new AgeRecipient(text.strip());
    }

    static AgeRecipient of(byte[] publicKey) {
        return new AgeRecipient(Bech32.encode(HRP, publicKey));
    }

    /** The 32-byte X25519 public key. */
    byte[] publicKey() {
        return publicKeyOf(encoded);
    }

    private static byte[] publicKeyOf(String text) {
        if (text == null || text.isEmpty()) {
            throw new AgeException("no age recipient given (expected age1…)");
        }
        if (text.toUpperCase(Locale.ROOT).startsWith(AgeIdentity.PREFIX)) {
            throw new AgeException("this is an age identity (a secret key), not a recipient: give its public key "
                    + "(age1…, the '# public key:' line of the key file) instead, and keep the secret key private");
        }
        if (!text.toLowerCase(Locale.ROOT).startsWith(HRP + "1")) {
            throw new AgeException("not an age recipient: an X25519 recipient starts with 'age1'");
        }
        Bech32.Decoded decoded;
        try {
            decoded = Bech32.decode(text);
        } catch (Bech32.Invalid e) {
            throw new AgeException("not a valid age recipient: " + e.getMessage());
        }
        if (!decoded.hrp().equals(HRP)) {
            // age1pq1…, age1tag1… and plugin recipients (age1yubikey1…) are bech32 too, with another prefix
            throw new AgeException("not an X25519 age recipient (prefix '" + decoded.hrp() + "1'): only X25519 "
                    + "recipients (age1…, as age-keygen makes them) are supported");
        }
        if (decoded.data().length != KEY_LENGTH) {
            throw new AgeException("not a valid age recipient: it holds " + decoded.data().length + " bytes, not "
                    + KEY_LENGTH);
        }
        return decoded.data();
    }

    @Override
    public String toString() {
        return encoded;
    }
}
