package io.opencenter.installer.sandbox.kube;

import io.opencenter.installer.kube.ApplyOptions;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.Kubeconfigs;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.kube.TestPki;
import io.opencenter.installer.kube.client.KubeConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real kubectl of the test bed ({@code $KUBE_TESTBED_BIN/kubectl}) against the sandbox API server over TLS
 * verified with the kubeconfig's CA: what a user who copies the Install page's {@code kubectl} line gets. Skipped
 * when the test bed's binaries are not there, except under {@code CI=true}, where that is a failure.
 */
class SandboxKubectlTest {

    @TempDir
    static Path dir;
    private static Path kubectl;
    private static Path kubeconfig;
    private static SandboxKubernetes.Running kube;

    @BeforeAll
    static void start() {
        String bin = System.getenv("KUBE_TESTBED_BIN");
        Path candidate = bin == null || bin.isBlank() ? null : Path.of(bin, "kubectl");
        if (candidate == null || !Files.isExecutable(candidate)) {
            String missing = "kubectl of the test bed not found (KUBE_TESTBED_BIN=" + bin + "): run testbed/kube/build.sh";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing + " (CI=true: this test must run)");
            }
            assumeTrue(false, missing);
        }
        kubectl = candidate;
        TestPki ca = TestPki.newCa("sandbox-kubectl-ca");
        kube = SandboxKubernetes.start(null, "kubectl", "1.35.4", ca.serverCertificate());
        kubeconfig = Kubeconfigs.write(dir.resolve("kubeconfig"), kube.apiUrl(), ca.caPem(),
                "not-checked-by-the-sandbox");
    }

    @AfterAll
    static void stop() {
        if (kube != null) {
            kube.close();
        }
    }

    @Test
    void kubectlReadsVersionNamespacesAndListsByShortName() throws Exception {
        assertThat(run("version", "-o", "json")).contains("\"gitVersion\": \"v1.35.4\"");
        assertThat(run("get", "ns", "-o", "name")).contains("namespace/default", "namespace/kube-system");
        assertThat(run("get", "nodes")).contains("No resources found");
    }

    @Test
    void kubectlAppliesServerSideAndTheInstallerSeesItsFieldManager() throws Exception {
        Path cm = Files.writeString(dir.resolve("cm.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: from-kubectl, namespace: default}
                data: {a: "1"}
                """);
        // kubectl's client-side schema check needs the OpenAPI documents, which the sandbox does not serve
        assertThat(run("apply", "--server-side", "--validate=false", "-f", cm.toString()))
                .contains("configmap/from-kubectl serverside-applied");
        assertThat(run("get", "cm", "from-kubectl", "-n", "default", "-o",
                "jsonpath={.data.a} {.metadata.managedFields[0].manager}")).isEqualTo("1 kubectl");
    }

    @Test
    void kubectlWatchesOverPlainHttp() throws Exception {
        try (KubeCluster cluster = KubeConnector.connect(kubeconfig)) {
            cluster.apply(configMap("listed"), ApplyOptions.DEFAULT);
            Process watch = new ProcessBuilder(kubectl.toString(), "--kubeconfig", kubeconfig.toString(),
                    "--cache-dir", dir.resolve("cache").toString(), "get", "cm", "-n", "kube-public", "-w",
                    "--output-watch-events").redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(watch.getInputStream(),
                    StandardCharsets.UTF_8))) {
                // the first list is done once kubectl printed the object that was there before
                assertThat(readUntil(out, "listed")).isNotNull();
                cluster.apply(configMap("watched"), ApplyOptions.DEFAULT);
                assertThat(readUntil(out, "watched")).matches("ADDED\\s+watched\\s.*");
            } finally {
                watch.destroy();
                watch.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static Manifest configMap(String name) {
        return Manifest.parse("{apiVersion: v1, kind: ConfigMap, metadata: {name: " + name
                + ", namespace: kube-public}, data: {a: '1'}}");
    }

    /** The first line naming {@code name} within 20 s; null when none came. */
    private static String readUntil(BufferedReader out, String name) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String line;
        while (System.nanoTime() < end && (line = out.readLine()) != null) {
            if (line.contains(" " + name + " ")) {
                return line;
            }
        }
        return null;
    }

    private static String run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(kubectl.toString(), "--kubeconfig", kubeconfig.toString(),
                "--cache-dir", dir.resolve("cache").toString(), "--request-timeout=20s"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("kubectl " + String.join(" ", args) + ": " + out).isZero();
        return out;
    }
}
