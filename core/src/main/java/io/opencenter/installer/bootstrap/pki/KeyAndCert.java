package io.opencenter.installer.bootstrap.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A certificate and its private key, both PEM. The key is a secret: {@link #toString()} leaves it out, so a pair that
 * ends up in a log line or an exception message leaks nothing.
 *
 * @param certPem the X.509 certificate, PEM ("-----BEGIN CERTIFICATE-----")
 * @param keyPem  the private key, PEM (PKCS#8 or the algorithm's own form)
 */
public record KeyAndCert(String certPem, String keyPem) {

    public KeyAndCert {
        Objects.requireNonNull(certPem, "certPem");
        Objects.requireNonNull(keyPem, "keyPem");
    }

    /** The certificate, parsed (for a TLS key store, or to read its subject and dates). */
    public X509Certificate certificate() {
        return Pem.readX509(certPem);
    }

    /** The private key, parsed (for a TLS key store). */
    public PrivateKey privateKey() {
        return Pem.readPrivateKey(keyPem);
    }

    @Override
    public String toString() {
        return "KeyAndCert[cert=" + certPem.length() + " chars, key=(redacted)]";
    }
}
