package io.opencenter.installer.sandbox.kube;

import io.opencenter.installer.bootstrap.pki.KeyAndCert;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.PemKeyCertOptions;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The API server's certificate for Vert.x: the certificate chain as given, the private key rewritten as PKCS#8
 * whatever PEM form it came in (PKCS#8, or traditional RSA/EC), since Vert.x reads PKCS#8 and PKCS#1 only. The key
 * stays in memory; an error never quotes it.
 */
final class ServingTls {

    private ServingTls() {
    }

    static PemKeyCertOptions options(KeyAndCert cert) {
        return new PemKeyCertOptions()
                .setCertValue(Buffer.buffer(cert.certPem().getBytes(StandardCharsets.US_ASCII)))
                .setKeyValue(Buffer.buffer(pkcs8Pem(cert.keyPem()).getBytes(StandardCharsets.US_ASCII)));
    }

    private static String pkcs8Pem(String keyPem) {
        Object parsed;
        try (PEMParser parser = new PEMParser(new StringReader(keyPem))) {
            parsed = parser.readObject();
        } catch (IOException e) {
            throw new IllegalArgumentException("the API server's private key is not PEM ("
                    + e.getClass().getSimpleName() + ")");
        }
        PrivateKeyInfo info;
        if (parsed instanceof PEMKeyPair pair) {
            info = pair.getPrivateKeyInfo();
        } else if (parsed instanceof PrivateKeyInfo p) {
            info = p;
        } else {
            throw new IllegalArgumentException("the API server's private key is not an unencrypted PEM private key");
        }
        try {
            return "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(info.getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
        } catch (IOException e) {
            throw new IllegalArgumentException("the API server's private key cannot be encoded ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
