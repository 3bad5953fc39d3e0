package io.opencenter.installer.bootstrap.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A serving certificate from the cluster CA, as the sandbox API server will present it: openssl verifies it for the
 * names and addresses it was issued for and not for others, and a JDK TLS client that trusts only the CA completes a
 * handshake with a JDK server holding it on 127.0.0.1, checking the address like an HTTPS client does.
 */
class CertificateIssuerTest {
    static KeyAndCert ca;
    static KeyAndCert server;

    @TempDir
    static Path dir;

    @BeforeAll
    static void issue() throws Exception {
        Instant now = Instant.now();
        ca = CertificateIssuer.certificateAuthority("kubernetes", CertificateIssuer.CA_VALIDITY, now);
        server = CertificateIssuer.serverCertificate(ca, "kube-apiserver",
                List.of("kubernetes", "kubernetes.default.svc", "localhost"),
                List.of("127.0.0.1", "203.0.113.10", "::1"), Duration.ofDays(30), now);
        Files.writeString(dir.resolve("ca.crt"), ca.certPem());
        Files.writeString(dir.resolve("server.crt"), server.certPem());
    }

    private static RealTools.Run openssl(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = RealTools.openssl().toString();
        System.arraycopy(args, 0, command, 1, args.length);
        return RealTools.run(Map.of(), dir, command);
    }

    @Test
    void opensslVerifiesItAsAServerCertificateForItsNamesOnly() {
        assertThat(openssl("x509", "-in", "server.crt", "-noout", "-ext", "subjectAltName,extendedKeyUsage,"
                + "basicConstraints").ok().out())
                .contains("DNS:kubernetes, DNS:kubernetes.default.svc, DNS:localhost, IP Address:127.0.0.1, "
                        + "IP Address:203.0.113.10, IP Address:0:0:0:0:0:0:0:1")
                .contains("TLS Web Server Authentication").doesNotContain("Client").contains("CA:FALSE");
        assertThat(openssl("x509", "-in", "server.crt", "-noout", "-subject").ok().out().strip())
                .isEqualTo("subject=CN = kube-apiserver");
        assertThat(openssl("verify", "-CAfile", "ca.crt", "-purpose", "sslserver", "-verify_ip", "203.0.113.10",
                "server.crt").ok().out().strip()).isEqualTo("server.crt: OK");
        assertThat(openssl("verify", "-CAfile", "ca.crt", "-verify_hostname", "kubernetes.default.svc",
                "server.crt").ok().out().strip()).isEqualTo("server.crt: OK");
        assertThat(openssl("verify", "-CAfile", "ca.crt", "-verify_ip", "203.0.113.11", "server.crt").exit())
                .as("an address it was not issued for").isNotZero();
        assertThat(openssl("verify", "-CAfile", "ca.crt", "-purpose", "sslclient", "server.crt").exit())
                .as("not a client certificate").isNotZero();
    }

    @Test
    void aJdkClientTrustingOnlyTheCaCompletesTlsWithIt() throws Exception {
        assertThat(handshake(ca, "127.0.0.1")).isEqualTo("pong");
    }

    @Test
    void aJdkClientTrustingAnotherCaRefusesIt() {
        KeyAndCert other = CertificateIssuer.certificateAuthority("kubernetes", CertificateIssuer.CA_VALIDITY,
                Instant.now());
        assertThatThrownBy(() -> handshake(other, "127.0.0.1")).isInstanceOf(SSLHandshakeException.class)
                .hasStackTraceContaining("PKIX path validation failed");
    }

    @Test
    void anIpEntryMustBeAnAddressNeverAName() {
        assertThatThrownBy(() -> CertificateIssuer.serverCertificate(ca, "x", List.of(), List.of("10.0.0.1",
                "api.example.com"), Duration.ofDays(1), Instant.now()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ipAddresses entry \"api.example.com\" is not an IPv4 or IPv6 address");
        assertThatThrownBy(() -> CertificateIssuer.serverCertificate(ca, "x", List.of(), List.of(),
                Duration.ofDays(1), Instant.now())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one DNS name or IP address");
    }

    /**
     * Serves one TLS connection on 127.0.0.1 with {@link #server}; a client trusting {@code trusted} dials
     * {@code host} (an IP literal on loopback) and says ping.
     */
    private static String handshake(KeyAndCert trusted, String host) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        char[] password = "test".toCharArray();
        keys.setKeyEntry("server", server.privateKey(), password,
                new Certificate[] {server.certificate(), ca.certificate()});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(kmf.getKeyManagers(), null, null);

        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", trusted.certificate());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, tmf.getTrustManagers(), null);

        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        try (SSLServerSocket listener = (SSLServerSocket) serverContext.getServerSocketFactory()
                .createServerSocket(0, 1, loopback)) {
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
                try (SSLSocket s = (SSLSocket) listener.accept(); InputStream in = s.getInputStream();
                     OutputStream out = s.getOutputStream()) {
                    in.readNBytes(4);
                    out.write("pong".getBytes());
                } catch (Exception ignored) {
                    // the client's side reports the failure
                }
            });
            try (SSLSocket client = (SSLSocket) clientContext.getSocketFactory().createSocket(host,
                    listener.getLocalPort())) {
                SSLParameters params = client.getSSLParameters();
                params.setEndpointIdentificationAlgorithm("HTTPS"); // checks the address against the SANs
                client.setSSLParameters(params);
                client.setSoTimeout(10_000);
                client.getOutputStream().write("ping".getBytes());
                String answer = new String(client.getInputStream().readNBytes(4));
                served.get(10, TimeUnit.SECONDS);
                return answer;
            }
        }
    }
}
