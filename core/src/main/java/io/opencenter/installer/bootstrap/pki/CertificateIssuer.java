package io.opencenter.installer.bootstrap.pki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.IPAddress;

/**
 * Issues X.509 certificates shaped like the ones kubeadm issues (Go's {@code crypto/x509} through kubeadm's
 * {@code pkiutil}): RSA 2048 keys, SHA-256 with RSA signatures, critical key usage and basic constraints, a subject
 * key identifier on CAs and the authority key identifier on what they sign, a random positive serial, and a start
 * five minutes in the past so a node whose clock lags a little behind the installer's still accepts the
 * certificate (kubeadm back-dates by the same five minutes).
 *
 * <p>RSA 2048 because it is kubeadm's default {@code encryptionAlgorithm}: the certificates kubeadm issues on the
 * nodes from our CAs then match the ones we issue, and every client (kubectl, Go, the JDK, openssl) takes them.
 * ECDSA would generate faster but gains nothing the user notices for a handful of keys made once per cluster.
 */
public final class CertificateIssuer {
    /** kubeadm's CA lifetime ({@code CACertificateValidityPeriod}): ten years of 365 days. */
    public static final Duration CA_VALIDITY = Duration.ofDays(3650);
    /** kubeadm's lifetime of the certificates it signs ({@code CertificateValidityPeriod}): one year. */
    public static final Duration LEAF_VALIDITY = Duration.ofDays(365);
    /** How far before {@code now} a certificate starts, for clock skew between the installer and the nodes. */
    public static final Duration BACKDATE = Duration.ofMinutes(5);

    static final int RSA_BITS = 2048;
    private static final String SIGNATURE = "SHA256withRSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateIssuer() {}

    /** A self-signed CA: CA:TRUE, keyCertSign|digitalSignature|keyEncipherment, its CN as DNS name (as kubeadm). */
    public static KeyAndCert certificateAuthority(String commonName, Duration validity, Instant now) {
        requireText(commonName, "commonName");
        KeyPair keys = newKeyPair();
        X500Name subject = name(commonName, List.of());
        X509v3CertificateBuilder builder = builder(subject, subject, keys.getPublic(), validity, now);
        JcaX509ExtensionUtils ext = extensionUtils();
        add(builder, Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment | KeyUsage.keyCertSign));
        add(builder, Extension.basicConstraints, true, new BasicConstraints(true));
        add(builder, Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
        add(builder, Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.dNSName, commonName)));
        return new KeyAndCert(Pem.certificate(sign(builder, keys.getPrivate())), Pem.privateKey(keys.getPrivate()));
    }

    /**
     * A client certificate signed by {@code ca}: the API server reads the user from the CN and the groups from the
     * organizations.
     */
    public static KeyAndCert clientCertificate(KeyAndCert ca, String commonName, List<String> organizations,
                                               Duration validity, Instant now) {
        requireText(commonName, "commonName");
        organizations.forEach(o -> requireText(o, "organization"));
        return leaf(ca, name(commonName, organizations), KeyPurposeId.id_kp_clientAuth, List.of(), validity, now);
    }

    /**
     * A serving certificate signed by {@code ca}: serverAuth, with the DNS names and IP addresses clients dial.
     *
     * @param ipAddresses IPv4 or IPv6 literals (never resolved: a name here is an error, not a DNS lookup)
     * @throws IllegalArgumentException naming an entry that is not an IP literal, or when there is no name at all
     */
    public static KeyAndCert serverCertificate(KeyAndCert ca, String commonName, List<String> dnsNames,
                                               List<String> ipAddresses, Duration validity, Instant now) {
        requireText(commonName, "commonName");
        List<GeneralName> sans = new ArrayList<>();
        for (String dns : dnsNames) {
            requireText(dns, "dnsNames entry");
            sans.add(new GeneralName(GeneralName.dNSName, dns));
        }
        for (String ip : ipAddresses) {
            if (ip == null || !IPAddress.isValid(ip)) {
                throw new IllegalArgumentException("ipAddresses entry \"" + ip + "\" is not an IPv4 or IPv6 address");
            }
            sans.add(new GeneralName(GeneralName.iPAddress, ip));
        }
        if (sans.isEmpty()) {
            throw new IllegalArgumentException("a serving certificate needs at least one DNS name or IP address; "
                    + "clients check the name they dial against these, not against the CN");
        }
        return leaf(ca, name(commonName, List.of()), KeyPurposeId.id_kp_serverAuth, sans, validity, now);
    }

    private static KeyAndCert leaf(KeyAndCert ca, X500Name subject, KeyPurposeId purpose, List<GeneralName> sans,
                                   Duration validity, Instant now) {
        Objects.requireNonNull(ca, "ca");
        X509CertificateHolder caCert = Pem.readCertificate(ca.certPem());
        PrivateKey caKey = Pem.readPrivateKey(ca.keyPem());
        KeyPair keys = newKeyPair();
        X509v3CertificateBuilder builder = builder(caCert.getSubject(), subject, keys.getPublic(), validity, now);
        add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        add(builder, Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
        add(builder, Extension.basicConstraints, true, new BasicConstraints(false));
        add(builder, Extension.authorityKeyIdentifier, false,
                extensionUtils().createAuthorityKeyIdentifier(caCert.getSubjectPublicKeyInfo()));
        if (!sans.isEmpty()) {
            add(builder, Extension.subjectAlternativeName, false, new GeneralNames(sans.toArray(GeneralName[]::new)));
        }
        return new KeyAndCert(Pem.certificate(sign(builder, caKey)), Pem.privateKey(keys.getPrivate()));
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime cannot generate RSA keys", e);
        }
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, PublicKey key,
                                                    Duration validity, Instant now) {
        Objects.requireNonNull(now, "now");
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive, was " + validity);
        }
        // 126 random bits + 1: positive, never zero, well inside RFC 5280's 20 octets
        BigInteger serial = new BigInteger(126, RANDOM).add(BigInteger.ONE);
        return new JcaX509v3CertificateBuilder(issuer, serial, Date.from(now.minus(BACKDATE)),
                Date.from(now.plus(validity)), subject, key);
    }

    private static X500Name name(String commonName, List<String> organizations) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE);
        organizations.forEach(o -> name.addRDN(BCStyle.O, o));
        return name.addRDN(BCStyle.CN, commonName).build();
    }

    private static void add(X509v3CertificateBuilder builder, ASN1ObjectIdentifier oid,
                            boolean critical, ASN1Encodable value) {
        try {
            builder.addExtension(oid, critical, value);
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot encode the " + oid + " extension", e);
        }
    }

    private static X509CertificateHolder sign(X509v3CertificateBuilder builder, PrivateKey key) {
        try {
            return builder.build(new JcaContentSignerBuilder(SIGNATURE).build(key));
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("this Java runtime cannot sign with " + SIGNATURE, e);
        }
    }

    private static JcaX509ExtensionUtils extensionUtils() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no SHA-1 for key identifiers", e);
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
