package io.opencenter.installer.secrets;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The primitives age is built from, on BouncyCastle's lightweight API: HKDF-SHA-256 (32-byte output, as age always
 * uses), HMAC-SHA-256 and ChaCha20-Poly1305 (RFC 7539, 16-byte tag). One place, so every part of the format derives
 * its keys the same way.
 */
final class AgeCrypto {
    static final int TAG_LENGTH = 16;
    static final SecureRandom RANDOM = new SecureRandom();

    private AgeCrypto() {}

    static byte[] random(int length) {
        byte[] out = new byte[length];
        RANDOM.nextBytes(out);
        return out;
    }

    /** HKDF-SHA-256 (extract with {@code salt}, expand with {@code info}) to 32 bytes. */
    static byte[] hkdf(byte[] ikm, byte[] salt, String info) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(ikm, salt, info.getBytes(StandardCharsets.US_ASCII)));
        byte[] out = new byte[32];
        hkdf.generateBytes(out, 0, out.length);
        return out;
    }

    static byte[] hmacSha256(byte[] key, byte[] message, int length) {
        HMac mac = new HMac(new SHA256Digest());
        mac.init(new KeyParameter(key));
        mac.update(message, 0, length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    static byte[] seal(byte[] key, byte[] nonce, byte[] plaintext, int offset, int length) {
        ChaCha20Poly1305 aead = new ChaCha20Poly1305();
        aead.init(true, new AEADParameters(new KeyParameter(key), TAG_LENGTH * 8, nonce));
        byte[] out = new byte[aead.getOutputSize(length)];
        int n = aead.processBytes(plaintext, offset, length, out, 0);
        try {
            aead.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("ChaCha20-Poly1305 failed to encrypt", e); // cannot happen when sealing
        }
        return out;
    }

    /** The plaintext, or null when the ciphertext does not authenticate under {@code key} and {@code nonce}. */
    static byte[] open(byte[] key, byte[] nonce, byte[] ciphertext, int offset, int length) {
        if (length < TAG_LENGTH) {
            return null;
        }
        ChaCha20Poly1305 aead = new ChaCha20Poly1305();
        aead.init(false, new AEADParameters(new KeyParameter(key), TAG_LENGTH * 8, nonce));
        byte[] out = new byte[aead.getOutputSize(length)];
        int n = aead.processBytes(ciphertext, offset, length, out, 0);
        try {
            aead.doFinal(out, n);
            return out;
        } catch (InvalidCipherTextException e) {
            return null;
        }
    }
}
