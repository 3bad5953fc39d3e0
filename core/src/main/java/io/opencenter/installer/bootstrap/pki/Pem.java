package io.opencenter.installer.bootstrap.pki;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * PEM in and out, in the forms kubeadm writes: certificates as {@code CERTIFICATE}, RSA private keys as PKCS#1
 * ({@code RSA PRIVATE KEY}, what kubeadm's own {@code ca.key} and {@code sa.key} hold), public keys as PKIX
 * ({@code PUBLIC KEY}, kubeadm's {@code sa.pub}). Reading accepts PKCS#1 and PKCS#8 keys, as kubeadm does.
 *
 * <p>A parse failure is an {@link IllegalArgumentException} whose message ("not …") says what was expected, never
 * what was found: the text may be a private key.
 */
final class Pem {
    private Pem() {}

    static String certificate(X509CertificateHolder cert) {
        return write("CERTIFICATE", encoded(cert::getEncoded));
    }

    static String privateKey(PrivateKey key) {
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(key.getEncoded());
        if (PKCSObjectIdentifiers.rsaEncryption.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
            return write("RSA PRIVATE KEY", encoded(() -> info.parsePrivateKey().toASN1Primitive().getEncoded()));
        }
        return write("PRIVATE KEY", encoded(info::getEncoded));
    }

    static String publicKey(PublicKey key) {
        return write("PUBLIC KEY", key.getEncoded());
    }

    static X509CertificateHolder readCertificate(String pem) {
        if (read(pem) instanceof X509CertificateHolder cert) {
            return cert;
        }
        throw new IllegalArgumentException("not a PEM certificate (BEGIN CERTIFICATE)");
    }

    static X509Certificate readX509(String pem) {
        try {
            return new JcaX509CertificateConverter().getCertificate(readCertificate(pem));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("not a valid X.509 certificate");
        }
    }

    static PrivateKey readPrivateKey(String pem) {
        Object parsed = read(pem);
        try {
            if (parsed instanceof PEMKeyPair pair) {
                return new JcaPEMKeyConverter().getPrivateKey(pair.getPrivateKeyInfo());
            }
            if (parsed instanceof PrivateKeyInfo info) {
                return new JcaPEMKeyConverter().getPrivateKey(info);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a usable private key");
        }
        throw new IllegalArgumentException("not an unencrypted private key in PEM (PKCS#1 or PKCS#8)");
    }

    static PublicKey readPublicKey(String pem) {
        if (read(pem) instanceof SubjectPublicKeyInfo info) {
            try {
                return new JcaPEMKeyConverter().getPublicKey(info);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("not a usable public key");
            }
        }
        throw new IllegalArgumentException("not a PEM public key (BEGIN PUBLIC KEY)");
    }

    /** The first PEM object of {@code pem}; the parser's own messages are dropped, they may quote the input. */
    private static Object read(String pem) {
        Object parsed;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            parsed = parser.readObject();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not readable PEM (a damaged PEM block)");
        }
        if (parsed == null) {
            throw new IllegalArgumentException("not PEM (no -----BEGIN ...----- line)");
        }
        return parsed;
    }

    private static String write(String type, byte[] der) {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(new PemObject(type, der));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    @FunctionalInterface
    private interface Der {
        byte[] get() throws IOException;
    }

    private static byte[] encoded(Der der) {
        try {
            return der.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // encoding an object built in memory
        }
    }
}
