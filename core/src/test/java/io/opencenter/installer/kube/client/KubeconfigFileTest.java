package io.opencenter.installer.kube.client;

import io.opencenter.installer.kube.KubeException;
import io.opencenter.installer.kube.Kubeconfigs;
import io.opencenter.installer.kube.TestPki;
import io.opencenter.installer.workspace.TextFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KubeconfigFileTest {

    private static final String TOKEN = "tok-0123456789abcdef-secret";

    @TempDir
    Path dir;

    private static KubeException configError(Path file) {
        try {
            KubeconfigFile.read(file, null);
        } catch (KubeException e) {
            assertThat(e.kind()).isEqualTo(KubeException.Kind.CONFIG);
            assertThat(e.getMessage()).contains(file.toString()).doesNotContain(TOKEN);
            return e;
        }
        throw new AssertionError("expected a CONFIG error for " + file);
    }

    @Test
    void readsTheCurrentContextWithTlsVerified() {
        Path file = Kubeconfigs.write(dir.resolve("kc"), "https://127.0.0.1:6443", TestPki.newCa("t").caPem(), TOKEN);
        KubeconfigFile kc = KubeconfigFile.read(file, null);
        assertThat(kc.server()).isEqualTo("https://127.0.0.1:6443");
        assertThat(kc.context()).isEqualTo("test");
        assertThat(kc.config().isTrustCerts()).isFalse();
        assertThat(kc.config().isDisableHostnameVerification()).isFalse();
        assertThat(kc.config().getMasterUrl()).startsWith("https://127.0.0.1:6443");
        assertThat(kc.config().getHttpsProxy()).isNull();
        assertThat(kc.toString()).contains(file.toString()).doesNotContain(TOKEN);
    }

    @Test
    void insecureSkipTlsVerifyIsRefused() throws Exception {
        Path file = Kubeconfigs.write(dir.resolve("kc"), "https://127.0.0.1:6443", null, TOKEN);
        Files.writeString(file, Files.readString(file).replace("    server:", "    insecure-skip-tls-verify: true\n"
                + "    server:"));
        assertThat(configError(file).getMessage()).contains("insecure-skip-tls-verify")
                .contains("https://127.0.0.1:6443");
    }

    @Test
    void aClusterWithoutServerIsRefusedRatherThanDefaulted() throws Exception {
        Path file = Kubeconfigs.write(dir.resolve("kc"), "https://127.0.0.1:6443", null, TOKEN);
        Files.writeString(file, Files.readString(file).replace("    server: https://127.0.0.1:6443\n",
                "    proxy-url: http://127.0.0.1:3128\n"));
        // fabric8 alone would go to https://kubernetes.default.svc
        assertThat(configError(file).getMessage()).contains("has no server");
    }

    @Test
    void plainHttpOnlyOnLoopback() {
        assertThat(configError(Kubeconfigs.write(dir.resolve("a"), "http://10.0.0.5:8080", null, TOKEN))
                .getMessage()).contains("loopback");
        assertThat(KubeconfigFile.read(Kubeconfigs.write(dir.resolve("b"), "http://127.0.0.1:8080", null, TOKEN),
                null).server()).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void missingFileUnknownContextAndBrokenYamlSayWhich() throws Exception {
        assertThat(configError(dir.resolve("nope")).getMessage()).contains("does not exist");
        Path file = Kubeconfigs.write(dir.resolve("kc"), "https://127.0.0.1:6443", null, TOKEN);
        assertThatThrownBy(() -> KubeconfigFile.read(file, "other")).isInstanceOf(KubeException.class)
                .hasMessageContaining("no context \"other\"");
        Path broken = Files.writeString(dir.resolve("broken"), "users:\n- name: u\n  user: {token: " + TOKEN
                + "\n  [\n");
        assertThat(configError(broken).getMessage()).contains("not valid YAML");
    }

    @Test
    void aFolderAHugeFileOrBinaryIsRefusedBeforeParsingAndNamed() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("kube"));
        assertThat(configError(folder).getMessage()).isEqualTo("kubeconfig " + folder + " is a folder, not a file");
        Path huge = dir.resolve("huge");
        try (var out = Files.newOutputStream(huge)) {
            out.write(new byte[TextFiles.MAX_BYTES + 1]);
        }
        assertThat(configError(huge).getMessage()).startsWith("kubeconfig " + huge + ": file too large");
        Path binary = Files.write(dir.resolve("bin"), new byte[] {'a', ':', ' ', (byte) 0xff, '\n'});
        assertThat(configError(binary).getMessage()).startsWith("kubeconfig " + binary + " is not UTF-8 text");
    }

    @Test
    void loopbackMeansLiteralLoopbackAddresses() {
        assertThat(KubeconfigFile.isLoopback("127.0.0.1")).isTrue();
        assertThat(KubeconfigFile.isLoopback("127.8.9.10")).isTrue();
        assertThat(KubeconfigFile.isLoopback("[::1]")).isTrue();
        assertThat(KubeconfigFile.isLoopback("localhost")).isTrue();
        assertThat(KubeconfigFile.isLoopback("10.0.0.1")).isFalse();
        assertThat(KubeconfigFile.isLoopback("api.example.com")).isFalse();
    }
}
