package io.opencenter.installer.secrets;

import io.opencenter.installer.workspace.SecretValues;
import java.security.MessageDigest;
import java.util.Locale;
import org.bouncycastle.math.ec.rfc7748.X25519;

/**
 * An age X25519 identity: the secret key that opens files encrypted to its {@link #recipient()}. Written as
 * {@code AGE-SECRET-KEY-1…} (bech32, upper case), as age-keygen writes it. {@link #toString()} shows only the public
 * recipient; every encoded form is remembered by {@link SecretValues} so the log masks it.
 */
public final class AgeIdentity {
    static final String HRP = "age-secret-key-";
    static final String PREFIX = "AGE-SECRET-KEY-1";

    private final byte[] secret;
    private final AgeRecipient recipient;

    private AgeIdentity(byte[] secret) {
        this.secret = secret.clone();
        byte[] publicKey = new byte[X25519.POINT_SIZE];
        X25519.scalarMultBase(this.secret, 0, publicKey, 0); // clamps the scalar, as RFC 7748 says
        this.recipient = AgeRecipient.of(publicKey);
        SecretValues.remember(encoded());
        SecretValues.remember(encoded().toLowerCase(Locale.ROOT));
    }

    /** A new identity from 32 bytes of {@link java.security.SecureRandom}. */
    public static AgeIdentity generate() {
        return new AgeIdentity(AgeCrypto.random(X25519.SCALAR_SIZE));
    }

    /**
     * The identity written in {@code text}: {@code AGE-SECRET-KEY-1…}, upper or lower case (not mixed), surrounding
     * whitespace ignored.
     *
     * @throws AgeException when it is not an X25519 age identity; the message says why and never quotes the text
     */
    public static AgeIdentity parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new AgeException("no age identity given (expected AGE-SECRET-KEY-1…)");
        }
        if (!s.toUpperCase(Locale.ROOT).startsWith(PREFIX)) {
            if (s.toLowerCase(Locale.ROOT).startsWith(AgeRecipient.HRP + "1")) {
                throw new AgeException("this is an age recipient (a public key), not an identity: give the secret "
                        + "key (AGE-SECRET-KEY-1…) that belongs to it");
            }
            throw new AgeException("not an age identity: an X25519 identity starts with 'AGE-SECRET-KEY-1' (post-"
                    + "quantum and plugin identities are not supported)");
        }
        Bech32.Decoded decoded;
        try {
            decoded = Bech32.decode(s);
        } catch (Bech32.Invalid e) {
            throw new AgeException("not a valid age identity: " + e.getMessage());
        }
        if (!decoded.hrp().equals(HRP)) {
            throw new AgeException("not an X25519 age identity: its prefix is not 'AGE-SECRET-KEY-1' (post-quantum "
                    + "and plugin identities are not supported)");
        }
        if (decoded.data().length != X25519.SCALAR_SIZE) {
            throw new AgeException("not a valid age identity: it holds " + decoded.data().length + " bytes, not "
                    + X25519.SCALAR_SIZE);
        }
        return new AgeIdentity(decoded.data());
    }

    /** The secret key as age-keygen writes it, {@code AGE-SECRET-KEY-1…} (upper case). Keep it secret. */
    public String encoded() {
        return Bech32.encode(HRP, secret).toUpperCase(Locale.ROOT);
    }

    /** The public recipient files for this identity are encrypted to. */
    public AgeRecipient recipient() {
        return recipient;
    }

    /**
     * The X25519 shared secret with {@code publicKey}, or null when it is all zero (a low-order point: the spec says
     * to abort).
     */
    byte[] agree(byte[] publicKey) {
        byte[] shared = new byte[X25519.POINT_SIZE];
        return X25519.calculateAgreement(secret, 0, publicKey, 0, shared, 0) ? shared : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgeIdentity other && MessageDigest.isEqual(secret, other.secret);
    }

    @Override
    public int hashCode() {
        return recipient.hashCode();
    }

    /** Only the public recipient: the secret key never reaches a log or a message through here. */
    @Override
    public String toString() {
        return "AgeIdentity[" + recipient.encoded() + "]";
    }
}
