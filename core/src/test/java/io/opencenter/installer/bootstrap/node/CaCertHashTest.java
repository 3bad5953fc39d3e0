package io.opencenter.installer.bootstrap.node;

import io.opencenter.installer.bootstrap.pki.ClusterPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The discovery hash equals what openssl computes from the same certificate's public key (DER SPKI, SHA-256). */
class CaCertHashTest {
    @TempDir
    Path dir;

    @Test
    void matchesOpensslOverTheSubjectPublicKeyInfo() throws Exception {
        ClusterPki pki = NodeTestPki.create();
        Path cert = dir.resolve("ca.crt");
        Files.writeString(cert, pki.clusterCa().certPem());
        String openssl = NodeTools.program("openssl", "apt-get install openssl").toString();
        NodeTools.Result r = NodeTools.run(dir, List.of("sh", "-c",
                openssl + " x509 -in ca.crt -noout -pubkey | " + openssl + " pkey -pubin -outform DER | "
                        + openssl + " dgst -sha256 -r"));
        assertThat(r.exit()).as(r.output()).isZero();
        String hex = r.output().strip().split("\\s+")[0];
        assertThat(hex).matches("[0-9a-f]{64}");
        assertThat(CaCertHash.of(pki.clusterCa().certPem())).isEqualTo("sha256:" + hex);
        assertThat(CaCertHash.of(pki.frontProxyCa().certPem())).as("another key, another hash")
                .isNotEqualTo("sha256:" + hex);
    }

    @Test
    void aNonCertificateIsNamed() {
        assertThatThrownBy(() -> CaCertHash.of("not a certificate"))
                .hasMessageContaining("cluster CA certificate");
    }
}
