package io.opencenter.installer.bootstrap.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The CA pin a joining node checks ({@code kubeadm join --discovery-token-ca-cert-hash}): SHA-256 over the DER of
 * the CA certificate's SubjectPublicKeyInfo, the public key with its algorithm, not over the whole certificate, so
 * the pin survives re-issuing the CA certificate with the same key.
 */
public final class DiscoveryHash {
    private DiscoveryHash() {}

    /** {@code sha256:<64 lowercase hex digits>} of the certificate in {@code caCertPem}. */
    public static String of(String caCertPem) {
        try {
            byte[] spki = Pem.readCertificate(caCertPem).getSubjectPublicKeyInfo().getEncoded();
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(spki));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // re-encoding a parsed structure
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }
}
