package io.opencenter.installer.gitops.flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.opencenter.installer.kube.Manifest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where Flux's install manifests come from: a file, or a release URL fetched through the installer's HTTP client. */
class FluxInstallSourceTest {

    private static final String INSTALL = """
            apiVersion: v1
            kind: Namespace
            metadata: {name: flux-system}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: source-controller, namespace: flux-system}
            spec: {}
            """;

    @TempDir
    Path dir;

    @Test
    void thePinnedVersionIsTheOneTheTestBedsControllersAreBuiltFrom() throws Exception {
        Matcher m = Pattern.compile("(?m)^FLUX_RELEASE=(v[0-9.]+)").matcher(
                Files.readString(Path.of("testbed/kube/build.sh")));
        assertThat(m.find()).as("FLUX_RELEASE in testbed/kube/build.sh").isTrue();
        assertThat(FluxInstallSource.FLUX_VERSION).isEqualTo(m.group(1));
        assertThat(FluxInstallSource.upstream().describe()).isEqualTo(
                "https://github.com/fluxcd/flux2/releases/download/" + m.group(1) + "/install.yaml");
    }

    @Test
    void aFileIsReadInItsOrder() throws Exception {
        Path file = Files.writeString(dir.resolve("install.yaml"), INSTALL);
        List<Manifest> all = FluxInstallSource.file(file).load();
        assertThat(all).extracting(m -> m.ref().toString())
                .containsExactly("Namespace flux-system", "Deployment flux-system/source-controller");
    }

    @Test
    void aMissingOrWrongFileIsNamed() throws Exception {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> FluxInstallSource.file(missing).load())
                .isInstanceOf(FluxInstallException.class).hasMessageContaining(missing.toString())
                .hasMessageContaining("check the path");
        Path notYaml = Files.writeString(dir.resolve("bad.yaml"), "kind: [unclosed\n");
        assertThatThrownBy(() -> FluxInstallSource.file(notYaml).load())
                .isInstanceOf(FluxInstallException.class).hasMessageContaining(notYaml.toString());
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "---\n");
        assertThatThrownBy(() -> FluxInstallSource.file(empty).load())
                .hasMessageContaining("holds no objects");
    }

    @Test
    void aReleaseIsFetchedFromItsUrlAndAMissingOneIsNamed() throws Exception {
        AtomicReference<String> asked = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            asked.set(exchange.getRequestURI().getPath());
            byte[] body = INSTALL.getBytes(StandardCharsets.UTF_8);
            boolean known = exchange.getRequestURI().getPath().equals("/releases/v2.9.5/install.yaml");
            exchange.sendResponseHeaders(known ? 200 : 404, known ? body.length : -1);
            if (known) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        try {
            URI releases = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/releases/");
            assertThat(FluxInstallSource.upstream("v2.9.5", releases).load()).hasSize(2);
            assertThat(asked.get()).isEqualTo("/releases/v2.9.5/install.yaml");

            FluxInstallSource missing = FluxInstallSource.upstream("v9.9.9", releases);
            assertThatThrownBy(missing::load).isInstanceOf(FluxInstallException.class)
                    .hasMessageContaining(releases + "v9.9.9/install.yaml").hasMessageContaining("HTTP 404");
        } finally {
            server.stop(0);
        }
        assertThatThrownBy(() -> FluxInstallSource.upstream("latest"))
                .hasMessageContaining("not a Flux release version");
    }
}
