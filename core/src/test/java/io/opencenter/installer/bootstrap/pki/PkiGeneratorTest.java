package io.opencenter.installer.bootstrap.pki;

import static io.opencenter.installer.bootstrap.pki.RealTools.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated PKI as openssl reads it: names, CA flags, key usages, lifetimes and key sizes like kubeadm's, each
 * key the one of its certificate, and the admin certificate a client certificate in the admin group that verifies
 * against the cluster CA and no other.
 */
class PkiGeneratorTest {
    /** Whole seconds: X.509 times have no fractions. */
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final DateTimeFormatter OPENSSL_DATE =
            DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @TempDir
    static Path dir;
    static ClusterPki pki;
    static Path openssl;

    @BeforeAll
    static void generate() throws Exception {
        openssl = RealTools.openssl();
        long started = System.nanoTime();
        pki = PkiGenerator.generate("demo", NOW);
        System.out.printf("PKI generation (3 CAs, SA key, admin cert, RSA 2048): %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        KubeadmPkiLayout.write(pki, dir);
        Files.writeString(dir.resolve("admin.crt"), pki.admin().certPem());
        Files.writeString(dir.resolve("admin.key"), pki.admin().keyPem());
    }

    private static String openssl(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = openssl.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        return run(Map.of(), dir, command).ok().out().strip();
    }

    @Test
    void theCasHaveKubeadmsNamesAndExtensions() {
        String[][] cas = {{"ca.crt", "kubernetes"}, {"front-proxy-ca.crt", "front-proxy-ca"},
                          {"etcd/ca.crt", "etcd-ca"}};
        for (String[] ca : cas) {
            assertThat(openssl("x509", "-in", ca[0], "-noout", "-subject")).isEqualTo("subject=CN = " + ca[1]);
            assertThat(openssl("x509", "-in", ca[0], "-noout", "-issuer")).isEqualTo("issuer=CN = " + ca[1]);
            String ext = openssl("x509", "-in", ca[0], "-noout", "-ext",
                    "basicConstraints,keyUsage,subjectKeyIdentifier,subjectAltName");
            assertThat(ext).as(ca[0])
                    .contains("X509v3 Basic Constraints: critical\n    CA:TRUE")
                    .contains("X509v3 Key Usage: critical\n    Digital Signature, Key Encipherment, Certificate Sign")
                    .contains("X509v3 Subject Key Identifier")
                    .contains("DNS:" + ca[1]);
            assertThat(openssl("verify", "-CAfile", ca[0], ca[0])).isEqualTo(ca[0] + ": OK");
            assertThat(openssl("x509", "-in", ca[0], "-noout", "-text")).contains("Public-Key: (2048 bit)")
                    .contains("Signature Algorithm: sha256WithRSAEncryption");
            assertValidity(ca[0], Duration.ofDays(3650));
        }
    }

    @Test
    void theAdminCertificateIsAClientOfTheClusterCaInTheAdminGroup() {
        assertThat(openssl("x509", "-in", "admin.crt", "-noout", "-subject"))
                .isEqualTo("subject=O = kubeadm:cluster-admins, CN = opencenter-installer");
        assertThat(openssl("x509", "-in", "admin.crt", "-noout", "-ext", "basicConstraints,keyUsage,extendedKeyUsage"))
                .contains("CA:FALSE").contains("Digital Signature, Key Encipherment")
                .contains("TLS Web Client Authentication").doesNotContain("TLS Web Server Authentication");
        assertThat(openssl("verify", "-CAfile", "ca.crt", "-purpose", "sslclient", "admin.crt"))
                .isEqualTo("admin.crt: OK");
        assertValidity("admin.crt", Duration.ofDays(365));
        // signed by the cluster CA and by no other of the three
        for (String other : new String[] {"front-proxy-ca.crt", "etcd/ca.crt"}) {
            RealTools.Run wrong = run(Map.of(), dir, openssl.toString(), "verify", "-CAfile", other,
                    "admin.crt");
            assertThat(wrong.exit()).as("verify against " + other).isNotZero();
        }
    }

    @Test
    void eachKeyIsTheKeyOfItsCertificateAndKubeadmsPkcs1Form() throws Exception {
        String[][] pairs = {{"ca.crt", "ca.key"}, {"front-proxy-ca.crt", "front-proxy-ca.key"},
                            {"etcd/ca.crt", "etcd/ca.key"}, {"admin.crt", "admin.key"}};
        for (String[] pair : pairs) {
            assertThat(Files.readString(dir.resolve(pair[1]))).startsWith("-----BEGIN RSA PRIVATE KEY-----");
            assertThat(openssl("rsa", "-in", pair[1], "-check", "-noout")).isEqualTo("RSA key ok");
            assertThat(openssl("pkey", "-in", pair[1], "-pubout"))
                    .as(pair[1] + " belongs to " + pair[0])
                    .isEqualTo(openssl("x509", "-in", pair[0], "-noout", "-pubkey"));
        }
        // the three CAs and the admin have four different keys
        assertThat(Stream.of(pairs).map(p -> openssl("x509", "-in", p[0], "-noout", "-pubkey"))
                .distinct()).hasSize(4);
    }

    @Test
    void theServiceAccountKeyPairIsPkcs1PrivateAndPkixPublic() throws Exception {
        assertThat(Files.readString(dir.resolve("sa.pub"))).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(openssl("rsa", "-in", "sa.key", "-check", "-noout")).isEqualTo("RSA key ok");
        assertThat(openssl("pkey", "-in", "sa.key", "-pubout")).isEqualTo(Files.readString(dir.resolve("sa.pub"))
                .strip());
        assertThat(openssl("pkey", "-pubin", "-in", "sa.pub", "-noout", "-text")).contains("(2048 bit)");
    }

    @Test
    void theBootstrapTokenHasKubeadmsFormAndEachPkiIsNew() {
        assertThat(pki.bootstrapToken()).matches("[a-z0-9]{6}\\.[a-z0-9]{16}");
        ClusterPki other = PkiGenerator.generate("demo", NOW);
        assertThat(other.bootstrapToken()).isNotEqualTo(pki.bootstrapToken());
        assertThat(other.clusterCa().certPem()).isNotEqualTo(pki.clusterCa().certPem());
        assertThat(other.discoveryHash()).isNotEqualTo(pki.discoveryHash());
    }

    @Test
    void printedFormsNameNoKeyAndNoToken() {
        String secret = pki.bootstrapToken().substring(7);
        for (Object o : new Object[] {pki, pki.clusterCa(), pki.admin(), pki.etcdCa()}) {
            assertThat(o.toString()).doesNotContain("PRIVATE KEY").doesNotContain(secret)
                    .doesNotContain(pki.clusterCa().keyPem().lines().skip(1).findFirst().orElseThrow());
        }
    }

    /** notBefore five minutes before now (clock skew, as kubeadm), notAfter {@code validity} after now. */
    private static void assertValidity(String file, Duration validity) {
        String dates = openssl("x509", "-in", file, "-noout", "-startdate", "-enddate");
        assertThat(dates).as(file).isEqualTo("notBefore=" + OPENSSL_DATE.format(NOW.minus(Duration.ofMinutes(5)))
                + "\nnotAfter=" + OPENSSL_DATE.format(NOW.plus(validity)));
    }
}
