package io.opencenter.installer.gitops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A read-only OCI registry on 127.0.0.1 holding Flux artifacts ({@code flux push artifact}'s layout: an OCI image
 * manifest, an empty Flux config, one {@code tar+gzip} layer), the smallest part of the distribution API that
 * source-controller's OCIRepository reads: {@code /v2/}, manifests by tag or digest and blobs, GET and HEAD. The lane's
 * stand-in for the offline bundle's manifest registry, since the test bed serves none.
 */
final class OciArtifactServer implements AutoCloseable {
    private static final String MANIFEST_TYPE = "application/vnd.oci.image.manifest.v1+json";

    private final HttpServer server;
    private final Map<String, byte[]> manifests = new ConcurrentHashMap<>(); // "repo:ref" → manifest
    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();     // digest → bytes

    OciArtifactServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/v2/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "oci-artifact-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** {@code oci://127.0.0.1:<port>} */
    String url() {
        return "oci://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves {@code tarGz} as the artifact {@code repository:tag}; returns the manifest's digest. */
    String push(String repository, String tag, byte[] tarGz, String source) {
        byte[] config = "{}".getBytes(StandardCharsets.UTF_8);
        String configDigest = store(config);
        String layerDigest = store(tarGz);
        String manifest = """
                {"schemaVersion":2,"mediaType":"%s",\
                "config":{"mediaType":"application/vnd.cncf.flux.config.v1+json","digest":"%s","size":%d},\
                "layers":[{"mediaType":"application/vnd.cncf.flux.content.v1.tar+gzip","digest":"%s","size":%d}],\
                "annotations":{"org.opencontainers.image.created":"2026-01-01T00:00:00Z",\
                "org.opencontainers.image.source":"%s","org.opencontainers.image.revision":"%s"}}"""
                .formatted(MANIFEST_TYPE, configDigest, config.length, layerDigest, tarGz.length, source, tag);
        byte[] bytes = manifest.getBytes(StandardCharsets.UTF_8);
        String digest = digest(bytes);
        manifests.put(repository + ":" + tag, bytes);
        manifests.put(repository + ":" + digest, bytes);
        return digest;
    }

    private String store(byte[] bytes) {
        String d = digest(bytes);
        blobs.put(d, bytes);
        return d;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            boolean head = "HEAD".equals(ex.getRequestMethod());
            ex.getResponseHeaders().add("Docker-Distribution-API-Version", "registry/2.0");
            if (path.equals("/v2/") || path.equals("/v2")) {
                send(ex, 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            int m = path.lastIndexOf("/manifests/");
            int b = path.lastIndexOf("/blobs/");
            byte[] body = null;
            String type = "application/octet-stream";
            if (b > 0) { // before manifests: a repository may be named "manifests" (the bundle's is)
                body = blobs.get(path.substring(b + "/blobs/".length()));
            } else if (m > 4) {
                body = manifests.get(path.substring(4, m) + ":" + path.substring(m + "/manifests/".length()));
                type = MANIFEST_TYPE;
            }
            if (body == null) {
                send(ex, 404, "application/json", "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"not here\"}]}"
                        .getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            ex.getResponseHeaders().add("Docker-Content-Digest", digest(body));
            send(ex, 200, type, body, head);
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, boolean head) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        if (head) {
            ex.getResponseHeaders().add("Content-Length", Integer.toString(body.length));
            ex.sendResponseHeaders(status, -1);
        } else {
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
        }
    }

    static String digest(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
