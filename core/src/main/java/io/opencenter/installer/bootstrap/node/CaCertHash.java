package io.opencenter.installer.bootstrap.node;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/**
 * The value a joining node pins the cluster CA with ({@code discovery.bootstrapToken.caCertHashes}):
 * {@code sha256:<hex>} over the CA certificate's DER SubjectPublicKeyInfo, which is what kubeadm compares.
 *
 * <p>The one place user-data gets the hash from, so that it can be switched to the PKI package's own computation
 * when that lands, by changing this method only.
 */
public final class CaCertHash {
    private CaCertHash() {}

    public static String of(String caCertPem) {
        try {
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(caCertPem.getBytes(StandardCharsets.US_ASCII)));
            // getEncoded() of an X.509 public key is its SubjectPublicKeyInfo in DER
            byte[] spki = cert.getPublicKey().getEncoded();
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(spki));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("the cluster CA certificate is not a PEM X.509 certificate", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
