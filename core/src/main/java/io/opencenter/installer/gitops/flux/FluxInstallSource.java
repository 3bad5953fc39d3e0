package io.opencenter.installer.gitops.flux;

import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.net.HttpClients;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where Flux's own install manifests (its namespace, CRDs, RBAC and controller Deployments) come from: the flux2
 * GitHub release of a version, fetched at run time (never copied into this repository), or a file: the offline
 * bundle's copy, or a test's own. The version is pinned in one place, {@link #FLUX_VERSION}.
 */
public final class FluxInstallSource {

    /**
     * The Flux release the installer installs: the one the test bed's controllers are built from
     * ({@code FLUX_RELEASE} in testbed/kube/build.sh; a test holds the two together).
     */
    public static final String FLUX_VERSION = "v2.9.5";

    /** Where the flux2 releases' assets are. */
    static final URI RELEASES = URI.create("https://github.com/fluxcd/flux2/releases/download/");

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI url;
    private final Path file;
    private final String given;
    private final Supplier<List<Manifest>> manifests;

    private FluxInstallSource(URI url, Path file) {
        this(url, file, null, null);
    }

    private FluxInstallSource(URI url, Path file, String given, Supplier<List<Manifest>> manifests) {
        this.url = url;
        this.file = file;
        this.given = given;
        this.manifests = manifests;
    }

    /** The pinned version's upstream install.yaml. */
    public static FluxInstallSource upstream() {
        return upstream(FLUX_VERSION);
    }

    /** The {@code install.yaml} asset of the flux2 release {@code version} (e.g. "v2.9.5"). */
    public static FluxInstallSource upstream(String version) {
        return upstream(version, RELEASES);
    }

    /** As {@link #upstream(String)}, from another place laid out like the releases (a test's local server). */
    static FluxInstallSource upstream(String version, URI releases) {
        Objects.requireNonNull(version, "version");
        if (!version.matches("v\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?")) {
            throw new IllegalArgumentException("\"" + version + "\" is not a Flux release version such as "
                    + FLUX_VERSION);
        }
        return new FluxInstallSource(releases.resolve(version + "/install.yaml"), null);
    }

    /** A local install.yaml: the offline bundle's, or a test's. */
    public static FluxInstallSource file(Path file) {
        return new FluxInstallSource(null, Objects.requireNonNull(file, "file"));
    }

    /**
     * Manifests made in this process, e.g. the sandbox's simulated Flux.
     *
     * @param description what they are, as the faces show it ("the sandbox's simulated Flux")
     */
    public static FluxInstallSource given(String description, Supplier<List<Manifest>> manifests) {
        return new FluxInstallSource(null, null, Objects.requireNonNull(description, "description"),
                Objects.requireNonNull(manifests, "manifests"));
    }

    /** Every object of the install manifests, in their order. */
    public List<Manifest> load() {
        if (manifests != null) {
            return List.copyOf(manifests.get());
        }
        String yaml = file != null ? readFile() : download();
        List<Manifest> all;
        try {
            all = Manifest.parseAll(yaml);
        } catch (IllegalArgumentException e) {
            throw new FluxInstallException(describe() + " is not Flux's install manifests: " + e.getMessage());
        }
        if (all.isEmpty()) {
            throw new FluxInstallException(describe() + " holds no objects: give Flux's install.yaml");
        }
        return all;
    }

    /** "https://github.com/fluxcd/flux2/releases/download/v2.9.5/install.yaml" or "the file /path/install.yaml". */
    public String describe() {
        return given != null ? given : file != null ? "the file " + file : url.toString();
    }

    private String readFile() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FluxInstallException("cannot read Flux's install manifests from " + file + " ("
                    + e.getClass().getSimpleName() + "): check the path, or the offline bundle it came from");
        }
    }

    private String download() {
        HttpClient client = HttpClients.jdk(b -> b.followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)));
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FluxInstallException("cannot download Flux's install manifests from " + url + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + ". Check the connection to github.com (or a proxy), or install from the offline bundle");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FluxInstallException("interrupted while downloading " + url);
        }
        if (response.statusCode() != 200) {
            throw new FluxInstallException("cannot download Flux's install manifests from " + url + ": HTTP "
                    + response.statusCode() + (response.statusCode() == 404 ? " (no such Flux release?)" : ""));
        }
        return response.body();
    }

    @Override
    public String toString() {
        return describe();
    }
}
