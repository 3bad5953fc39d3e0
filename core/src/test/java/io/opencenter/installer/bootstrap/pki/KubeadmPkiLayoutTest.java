package io.opencenter.installer.bootstrap.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our CA folder as kubeadm's: the files and modes kubeadm writes, and the test bed's real kubeadm
 * ({@code init phase certs all}) takes our CAs and keys as its own: it leaves them byte for byte and signs the
 * node's certificates (API server, front-proxy client, etcd) with them.
 */
class KubeadmPkiLayoutTest {
    static ClusterPki pki;

    @BeforeAll
    static void generate() {
        pki = PkiGenerator.generate("demo", Instant.now());
    }

    @Test
    void writesKubeadmsFilesWithKubeadmsModes(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("pki");
        KubeadmPkiLayout.write(pki, dir);
        assertThat(KubeadmPkiLayout.files()).containsExactly("ca.crt", "ca.key", "front-proxy-ca.crt",
                "front-proxy-ca.key", "etcd/ca.crt", "etcd/ca.key", "sa.key", "sa.pub");
        for (String file : KubeadmPkiLayout.files()) {
            String expected = file.endsWith(".key") ? "rw-------" : "rw-r--r--";
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(file)))).as(file)
                    .isEqualTo(expected);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(Files.readString(dir.resolve("ca.crt"))).isEqualTo(pki.clusterCa().certPem());
        assertThat(Files.readString(dir.resolve("etcd/ca.key"))).isEqualTo(pki.etcdCa().keyPem());
        assertThat(Files.readString(dir.resolve("sa.pub"))).isEqualTo(pki.serviceAccountPublicPem());
        try (var all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile)).hasSize(8); // no admin key, no token: nodes do not need them
        }
    }

    @Test
    void realKubeadmUsesOurCasForTheNodesCertificates(@TempDir Path tmp) throws Exception {
        Path kubeadm = RealTools.kubeadm();
        Path openssl = RealTools.openssl();
        Path certs = tmp.resolve("pki");
        KubeadmPkiLayout.write(pki, certs);
        Map<String, byte[]> before = new HashMap<>();
        for (String file : KubeadmPkiLayout.files()) {
            before.put(file, Files.readAllBytes(certs.resolve(file)));
        }
        // kubeadm takes the folder from the config (it refuses --cert-dir together with --config); the version is
        // pinned so kubeadm never asks dl.k8s.io, the node name and CRI socket so it looks nothing up on this machine
        Path config = Files.writeString(tmp.resolve("kubeadm.yaml"), """
                apiVersion: kubeadm.k8s.io/v1beta4
                kind: InitConfiguration
                localAPIEndpoint:
                  advertiseAddress: 10.0.0.10
                  bindPort: 6443
                nodeRegistration:
                  name: demo-control-plane-1
                  criSocket: unix:///var/run/containerd/containerd.sock
                ---
                apiVersion: kubeadm.k8s.io/v1beta4
                kind: ClusterConfiguration
                kubernetesVersion: v1.35.4
                clusterName: demo
                certificatesDir: %s
                controlPlaneEndpoint: 10.0.0.5:6443
                apiServer:
                  certSANs: [203.0.113.10]
                networking:
                  serviceSubnet: 10.96.0.0/12
                  podSubnet: 10.244.0.0/16
                """.formatted(certs));
        // a proxy on a closed loopback port: should kubeadm try to reach the network, it fails here, not out there
        Map<String, String> offline = Map.of("HTTPS_PROXY", "http://127.0.0.1:9", "HTTP_PROXY", "http://127.0.0.1:9",
                "https_proxy", "http://127.0.0.1:9", "http_proxy", "http://127.0.0.1:9", "NO_PROXY", "");
        long started = System.nanoTime();
        RealTools.Run run = RealTools.run(offline, tmp, kubeadm.toString(), "init", "phase", "certs", "all",
                "--config", config.toString()).ok();
        System.out.printf("kubeadm init phase certs all: %d ms%n", (System.nanoTime() - started) / 1_000_000);

        // our CAs and SA keys are used, not replaced; kubeadm says so for the CAs
        for (String file : KubeadmPkiLayout.files()) {
            assertThat(Files.readAllBytes(certs.resolve(file))).as(file + " unchanged").isEqualTo(before.get(file));
        }
        assertThat(run.out()).contains("[certs] Using existing ca certificate authority")
                .contains("[certs] Using existing front-proxy-ca certificate authority")
                .contains("[certs] Using existing etcd/ca certificate authority")
                .contains("[certs] Using the existing \"sa\" key")
                .doesNotContain("Generating \"ca\"");
        // the node's certificates chain to our CAs
        String[][] chains = {{"ca.crt", "apiserver.crt"}, {"ca.crt", "apiserver-kubelet-client.crt"},
                             {"front-proxy-ca.crt", "front-proxy-client.crt"}, {"etcd/ca.crt", "etcd/server.crt"},
                             {"etcd/ca.crt", "etcd/peer.crt"}, {"etcd/ca.crt", "apiserver-etcd-client.crt"}};
        for (String[] chain : chains) {
            RealTools.Run verify = RealTools.run(Map.of(), certs, openssl.toString(), "verify", "-CAfile", chain[0],
                    chain[1]);
            assertThat(verify.exit()).as(chain[1] + " against our " + chain[0] + ": " + verify.err()).isZero();
        }
        RealTools.Run wrong = RealTools.run(Map.of(), certs, openssl.toString(), "verify", "-CAfile",
                "etcd/ca.crt", "apiserver.crt");
        assertThat(wrong.exit()).as("the API server's certificate is not the etcd CA's").isNotZero();
        // the floating IP and the VIP are in the API server's certificate, so the kubeconfig can dial either
        String sans = RealTools.run(Map.of(), certs, openssl.toString(), "x509", "-in", "apiserver.crt", "-noout",
                "-ext", "subjectAltName").ok().out();
        assertThat(sans).contains("IP Address:203.0.113.10").contains("IP Address:10.0.0.5");
        assertThat(List.of(run.out(), run.err())).allSatisfy(text -> PkiStoreTest.assertNoSecret(text, pki));
    }
}
