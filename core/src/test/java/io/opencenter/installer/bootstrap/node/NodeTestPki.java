package io.opencenter.installer.bootstrap.node;

import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.bootstrap.pki.KeyAndCert;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * A throw-away {@link ClusterPki} for the user-data tests, made with BouncyCastle the way kubeadm makes its own:
 * RSA CAs (10 years), an RSA service-account key pair, an admin client certificate in
 * {@link ClusterPki#ADMIN_GROUP}, and a random bootstrap token. The real generation is the PKI package's job.
 */
final class NodeTestPki {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TOKEN_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

    private NodeTestPki() {}

    /** With RSA 2048 keys, kubeadm's default. */
    static ClusterPki create() {
        return create(2048);
    }

    static ClusterPki create(int rsaBits) {
        try {
            KeyPair caKeys = rsa(rsaBits);
            X509CertificateHolder ca = selfSignedCa("kubernetes", caKeys);
            KeyPair frontKeys = rsa(rsaBits);
            KeyPair etcdKeys = rsa(rsaBits);
            KeyPair saKeys = rsa(rsaBits);
            KeyPair adminKeys = rsa(rsaBits);
            X509CertificateHolder admin = signed(ca.getSubject(), caKeys,
                    new X500Name("O=" + ClusterPki.ADMIN_GROUP + ",CN=opencenter-installer"), adminKeys);
            return new ClusterPki(
                    pair(ca, caKeys),
                    pair(selfSignedCa("front-proxy-ca", frontKeys), frontKeys),
                    pair(selfSignedCa("etcd-ca", etcdKeys), etcdKeys),
                    pem("PUBLIC KEY", saKeys.getPublic().getEncoded()),
                    pem("PRIVATE KEY", saKeys.getPrivate().getEncoded()),
                    pair(admin, adminKeys),
                    token(6) + "." + token(16));
        } catch (Exception e) {
            throw new IllegalStateException("test PKI", e);
        }
    }

    private static KeyAndCert pair(X509CertificateHolder cert, KeyPair keys) throws Exception {
        return new KeyAndCert(pem("CERTIFICATE", cert.getEncoded()), pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
    }

    private static X509CertificateHolder selfSignedCa(String cn, KeyPair keys) throws Exception {
        X500Name name = new X500Name("CN=" + cn);
        JcaX509v3CertificateBuilder b = builder(name, name, keys, Duration.ofDays(3650));
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature
                        | KeyUsage.keyEncipherment));
        return b.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()));
    }

    private static X509CertificateHolder signed(X500Name issuer, KeyPair issuerKeys, X500Name subject, KeyPair keys)
            throws Exception {
        JcaX509v3CertificateBuilder b = builder(issuer, subject, keys, Duration.ofDays(365));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        return b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate()));
    }

    private static JcaX509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys,
                                                       Duration validity) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(63, RANDOM),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(validity)), subject, keys.getPublic());
    }

    private static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(bits);
        return gen.generateKeyPair();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String token(int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(TOKEN_CHARS.charAt(RANDOM.nextInt(TOKEN_CHARS.length())));
        }
        return b.toString();
    }
}
