package io.opencenter.installer.bootstrap.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The discovery hash equals what kubeadm's documentation computes with openssl
 * ({@code openssl x509 -pubkey | openssl pkey -pubin -outform der | sha256sum}), for our CA and for a certificate
 * openssl made itself with another key type.
 */
class DiscoveryHashTest {

    @Test
    void equalsOpensslsHashOfOurCa(@TempDir Path dir) throws Exception {
        KeyAndCert ca = CertificateIssuer.certificateAuthority("kubernetes", CertificateIssuer.CA_VALIDITY,
                Instant.now());
        Path cert = Files.writeString(dir.resolve("ca.crt"), ca.certPem());
        assertThat(DiscoveryHash.of(ca.certPem())).isEqualTo(opensslHash(cert)).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void equalsOpensslsHashOfACertificateOpensslMade(@TempDir Path dir) throws Exception {
        Path openssl = RealTools.openssl();
        Path cert = dir.resolve("ec.crt");
        RealTools.run(Map.of(), dir, openssl.toString(), "req", "-x509", "-newkey", "ec", "-pkeyopt",
                "ec_paramgen_curve:P-256", "-nodes", "-keyout", dir.resolve("ec.key").toString(), "-out",
                cert.toString(), "-subj", "/CN=other", "-days", "1").ok();
        assertThat(DiscoveryHash.of(Files.readString(cert))).isEqualTo(opensslHash(cert));
    }

    @Test
    void hashesTheKeyNotTheCertificate() {
        // two CAs: different keys, different pins (a hash of a constant would pass the tests above only once)
        Instant now = Instant.now();
        KeyAndCert a = CertificateIssuer.certificateAuthority("kubernetes", CertificateIssuer.CA_VALIDITY, now);
        KeyAndCert b = CertificateIssuer.certificateAuthority("kubernetes", CertificateIssuer.CA_VALIDITY, now);
        assertThat(DiscoveryHash.of(a.certPem())).isNotEqualTo(DiscoveryHash.of(b.certPem()));
    }

    @Test
    void aKeyIsNotACertificate() {
        KeyAndCert ca = CertificateIssuer.certificateAuthority("kubernetes", CertificateIssuer.CA_VALIDITY,
                Instant.now());
        assertThatThrownBy(() -> DiscoveryHash.of(ca.keyPem())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a PEM certificate (BEGIN CERTIFICATE)");
    }

    private static String opensslHash(Path cert) {
        String openssl = RealTools.openssl().toString();
        String pipeline = "'" + openssl + "' x509 -pubkey -noout -in '" + cert + "' | '" + openssl
                + "' pkey -pubin -outform der | sha256sum";
        String out = RealTools.run(Map.of(), null, "bash", "-o", "pipefail", "-c", pipeline)
                .ok().out();
        return "sha256:" + out.split("\\s+")[0];
    }
}
