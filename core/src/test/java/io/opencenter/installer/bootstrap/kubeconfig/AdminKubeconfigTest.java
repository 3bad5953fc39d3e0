package io.opencenter.installer.bootstrap.kubeconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.bootstrap.pki.PkiGenerator;
import io.opencenter.installer.workspace.ClusterFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin kubeconfig as the real kubectl reads it: the cluster's endpoint, our CA, the admin's certificate. */
class AdminKubeconfigTest {
    static final String SERVER = "https://203.0.113.10:6443";
    static ClusterPki pki;

    @TempDir
    Path tmp;

    @BeforeAll
    static void generate() {
        pki = PkiGenerator.generate("demo", Instant.now());
    }

    @Test
    void kubectlReadsTheClusterTheCaAndTheAdminCredentials() throws Exception {
        Path file = Files.writeString(tmp.resolve("kubeconfig"), AdminKubeconfig.render("demo", SERVER, pki));
        Kubectl kubectl = new Kubectl(tmp);
        JsonNode view = kubectl.view(file.toString());

        Kubectl.assertDemoAdmin(view, SERVER, pki);
        assertThat(view.path("current-context").asText()).isEqualTo("demo");

        assertThat(kubectl.config(file.toString(), "get-contexts", "-o", "name").ok().out()).isEqualTo("demo\n");
        assertThat(kubectl.config(file.toString(), "current-context").ok().out()).isEqualTo("demo\n");
    }

    @Test
    void namesYamlWouldReadAsBooleansOrNumbersStayNames() throws Exception {
        // kubectl's YAML reader is YAML 1.1: an unquoted on, yes or 0123 would not be a string
        Kubectl kubectl = new Kubectl(tmp);
        for (String name : new String[] {"on", "yes", "0123", "1e3", "null"}) {
            Path file = Files.writeString(tmp.resolve(name + ".kubeconfig"),
                    AdminKubeconfig.render(name, SERVER, pki));
            assertThat(kubectl.config(file.toString(), "get-contexts", "-o", "name").ok().out()).as(name)
                    .isEqualTo(name + "\n");
            assertThat(Kubectl.entry(kubectl.view(file.toString()), "contexts", name).path("context")
                    .path("user").asText()).isEqualTo(name + "-admin");
        }
    }

    @Test
    void writtenOwnerOnlyInTheClustersFolder() throws Exception {
        ClusterFiles files = new ClusterFiles(tmp.resolve("clusters/demo"));
        Path written = AdminKubeconfig.write(files, "demo", SERVER, pki);
        assertThat(written).isEqualTo(files.dir().resolve("kubeconfig"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.dir()))).isEqualTo("rwx------");
        assertThat(Files.readString(written)).isEqualTo(AdminKubeconfig.render("demo", SERVER, pki));
        // written again (a resumed install): replaced in place, no temporary file left beside it
        AdminKubeconfig.write(files, "demo", "https://203.0.113.11:6443", pki);
        try (Stream<Path> beside = Files.list(files.dir())) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("kubeconfig");
        }
        assertThat(Kubectl.entry(new Kubectl(tmp).view(written.toString()), "clusters", "demo").path("cluster")
                .path("server").asText()).isEqualTo("https://203.0.113.11:6443");
    }

    @Test
    void theServerMustBeAnHttpsUrl() {
        for (String bad : new String[] {"http://203.0.113.10:6443", "203.0.113.10:6443", "https://", "a b"}) {
            assertThatThrownBy(() -> AdminKubeconfig.render("demo", bad, pki)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("serverUrl \"" + bad + "\"")
                    .hasMessageContaining("https://<floating-ip>:6443");
        }
    }
}
