package io.opencenter.installer.sandbox.compute;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HexFormat;

/** OpenSSH public keys for {@code os-keypairs}: generation (before microversion 2.92) and MD5 fingerprints. */
final class SshKeys {
    record Generated(String publicKey, String privateKey) {
    }

    private SshKeys() {
    }

    static Generated generate(String comment) {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            java.security.KeyPair pair = gen.generateKeyPair();
            RSAPublicKey pub = (RSAPublicKey) pair.getPublic();
            ByteArrayOutputStream blob = new ByteArrayOutputStream();
            writeString(blob, "ssh-rsa".getBytes(StandardCharsets.US_ASCII));
            writeString(blob, pub.getPublicExponent().toByteArray());
            writeString(blob, pub.getModulus().toByteArray());
            String publicKey = "ssh-rsa " + Base64.getEncoder().encodeToString(blob.toByteArray())
                    + " Generated-by-Nova";
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
            return new Generated(publicKey, pem);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code aa:bb:...} MD5 of the key blob, or null when the text is not an OpenSSH public key. */
    static String fingerprint(String publicKey) {
        String[] parts = publicKey.trim().split("\\s+");
        if (parts.length < 2 || !parts[0].matches("ssh-[a-z0-9]+|ecdsa-sha2-nistp\\d+")) {
            return null;
        }
        try {
            byte[] blob = Base64.getDecoder().decode(parts[1]);
            String hex = HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("MD5").digest(blob));
            return hex;
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return null;
        }
    }

    private static void writeString(ByteArrayOutputStream out, byte[] value) {
        int n = value.length;
        out.write(n >>> 24);
        out.write(n >>> 16);
        out.write(n >>> 8);
        out.write(n);
        out.write(value, 0, n);
    }

}
