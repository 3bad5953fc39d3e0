package io.opencenter.installer.secrets;

import java.util.List;
import org.bouncycastle.math.ec.rfc7748.X25519;

/**
 * The X25519 recipient stanza: {@code -> X25519 <ephemeral share>} with the file key wrapped under
 * HKDF-SHA-256(shared secret, salt = ephemeral share || recipient, info = "age-encryption.org/v1/X25519") by
 * ChaCha20-Poly1305 with a zero nonce.
 */
final class X25519Stanza {
    static final String TYPE = "X25519";
    private static final String INFO = "age-encryption.org/v1/X25519";
    private static final byte[] ZERO_NONCE = new byte[12];
    private static final int WRAPPED_LENGTH = Age.FILE_KEY_LENGTH + AgeCrypto.TAG_LENGTH;

    private X25519Stanza() {}

    /** A stanza wrapping {@code fileKey} for {@code recipient}, with a new ephemeral secret. */
    static Stanza wrap(byte[] fileKey, AgeRecipient recipient) {
        byte[] ephemeralSecret = AgeCrypto.random(X25519.SCALAR_SIZE);
        byte[] share = new byte[X25519.POINT_SIZE];
        X25519.scalarMultBase(ephemeralSecret, 0, share, 0);
        byte[] publicKey = recipient.publicKey();
        byte[] shared = new byte[X25519.POINT_SIZE];
        if (!X25519.calculateAgreement(ephemeralSecret, 0, publicKey, 0, shared, 0)) {
            throw new AgeException("the age recipient " + recipient.encoded() + " is not a usable X25519 key (a "
                    + "low-order point); use a key made by age-keygen");
        }
        byte[] wrapKey = AgeCrypto.hkdf(shared, concat(share, publicKey), INFO);
        byte[] body = AgeCrypto.seal(wrapKey, ZERO_NONCE, fileKey, 0, fileKey.length);
        return new Stanza(List.of(TYPE, RawBase64.encode(share)), body);
    }

    /**
     * The file key when {@code stanza} is addressed to {@code identity}; null when it is not (its key does not open
     * it).
     *
     * @throws AgeException when the stanza is malformed (the spec says to reject it rather than skip it)
     */
    static byte[] unwrap(Stanza stanza, AgeIdentity identity) {
        byte[] share = share(stanza);
        byte[] shared = identity.agree(share);
        if (shared == null) {
            throw new AgeException("the age header is malformed: an X25519 stanza has a low-order ephemeral share");
        }
        byte[] wrapKey = AgeCrypto.hkdf(shared, concat(share, identity.recipient().publicKey()), INFO);
        byte[] body = stanza.body();
        return AgeCrypto.open(wrapKey, ZERO_NONCE, body, 0, body.length);
    }

    /** Checks what the spec requires of an X25519 stanza before any decryption is tried; returns its share. */
    static byte[] share(Stanza stanza) {
        if (stanza.args().size() != 2) {
            throw new AgeException("the age header is malformed: an X25519 stanza has " + (stanza.args().size() - 1)
                    + " arguments, not 1");
        }
        byte[] share = RawBase64.decode(stanza.args().get(1));
        if (share == null || share.length != X25519.POINT_SIZE) {
            throw new AgeException("the age header is malformed: an X25519 stanza's ephemeral share is not 32 bytes "
                    + "of canonical base64");
        }
        if (stanza.body().length != WRAPPED_LENGTH) {
            throw new AgeException("the age header is malformed: an X25519 stanza's body is "
                    + stanza.body().length + " bytes, not " + WRAPPED_LENGTH);
        }
        return share;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
