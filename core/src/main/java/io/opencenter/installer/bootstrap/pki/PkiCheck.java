package io.opencenter.installer.bootstrap.pki;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Map;

/**
 * Checks that the files of a kept PKI fit together, so a damaged store is found when it is read, by file, and not
 * later as a node that cannot join or a TLS error: each certificate parses, the CAs are CAs, each key belongs to its
 * certificate, the admin certificate is signed by the cluster CA, the token has kubeadm's form. Problems are
 * reported in words only; the files' text never appears in them.
 */
final class PkiCheck {
    /** A problem with one file; the store turns it into a {@link PkiStoreException}. */
    static final class Problem extends Exception {
        final PkiFile file;

        Problem(PkiFile file, String problem) {
            super(problem, null, false, false);
            this.file = file;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private PkiCheck() {}

    static void check(Map<PkiFile, String> text) throws Problem {
        X509Certificate clusterCa = authority(text, PkiFile.CA_CERT, PkiFile.CA_KEY);
        authority(text, PkiFile.FRONT_PROXY_CA_CERT, PkiFile.FRONT_PROXY_CA_KEY);
        authority(text, PkiFile.ETCD_CA_CERT, PkiFile.ETCD_CA_KEY);
        PublicKey saPublic;
        try {
            saPublic = Pem.readPublicKey(text.get(PkiFile.SA_PUB));
        } catch (IllegalArgumentException e) {
            throw new Problem(PkiFile.SA_PUB, "is " + e.getMessage());
        }
        matches(privateKey(text, PkiFile.SA_KEY), saPublic, PkiFile.SA_KEY, PkiFile.SA_PUB);
        X509Certificate admin = certificate(text, PkiFile.ADMIN_CERT);
        matches(privateKey(text, PkiFile.ADMIN_KEY), admin.getPublicKey(), PkiFile.ADMIN_KEY, PkiFile.ADMIN_CERT);
        try {
            admin.verify(clusterCa.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new Problem(PkiFile.ADMIN_CERT, "is not signed by " + PkiFile.CA_CERT.relativePath);
        }
        if (!BootstrapToken.isWellFormed(text.get(PkiFile.BOOTSTRAP_TOKEN).strip())) {
            throw new Problem(PkiFile.BOOTSTRAP_TOKEN, "does not hold a bootstrap token of the form "
                    + BootstrapToken.FORMAT.pattern());
        }
    }

    private static X509Certificate authority(Map<PkiFile, String> text, PkiFile certFile, PkiFile keyFile)
            throws Problem {
        X509Certificate cert = certificate(text, certFile);
        if (cert.getBasicConstraints() < 0) {
            throw new Problem(certFile, "is not a CA certificate (basic constraints CA:TRUE missing)");
        }
        matches(privateKey(text, keyFile), cert.getPublicKey(), keyFile, certFile);
        return cert;
    }

    private static X509Certificate certificate(Map<PkiFile, String> text, PkiFile file) throws Problem {
        try {
            return Pem.readX509(text.get(file));
        } catch (IllegalArgumentException e) {
            throw new Problem(file, "is " + e.getMessage());
        }
    }

    private static PrivateKey privateKey(Map<PkiFile, String> text, PkiFile file) throws Problem {
        try {
            return Pem.readPrivateKey(text.get(file));
        } catch (IllegalArgumentException e) {
            throw new Problem(file, "is " + e.getMessage());
        }
    }

    /** Signs random bytes with the private key and verifies them with the public one. */
    private static void matches(PrivateKey key, PublicKey publicKey, PkiFile keyFile, PkiFile publicFile)
            throws Problem {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new Problem(keyFile, "holds a " + key.getAlgorithm() + " key; RSA or EC expected");
        };
        byte[] probe = new byte[32];
        RANDOM.nextBytes(probe);
        boolean same;
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(probe);
            same = verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            same = false;
        }
        if (!same) {
            throw new Problem(keyFile, "is not the key of " + publicFile.relativePath + " (the two files are from "
                    + "different key pairs)");
        }
    }
}
