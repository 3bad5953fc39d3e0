package io.opencenter.installer.openstack.client;

import io.opencenter.installer.net.HttpClients;
import io.opencenter.installer.openstack.OpenStackException;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The JDK HTTP client with the profile's TLS settings and the installer's timeouts, for the requests the gateway
 * sends itself (Keystone login, quota details, probes). I/O failures come back as {@link OpenStackException}.
 */
public final class HttpTransport {

    /** The issue asks for at most 10 s to notice an unreachable endpoint. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;

    public HttpTransport(SSLContext sslContext) {
        // through the one factory: under test it refuses destinations off loopback (net.HttpClients)
        this.client = HttpClients.jdk(b -> {
            b.connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1);
            if (sslContext != null) {
                b.sslContext(sslContext);
            }
        });
    }

    /** For the test that checks the guard is in place before it dials a refused address. */
    HttpClient client() {
        return client;
    }

    /** One answer: status, the two headers the gateway reads, and the body as text. */
    public record Answer(int status, String subjectToken, String retryAfter, String body) {}

    public Answer send(CallSite site, HttpRequest.Builder request) {
        HttpRequest built = request.timeout(REQUEST_TIMEOUT).header("Accept", "application/json")
                .header("User-Agent", "opencenter-installer").build();
        try {
            HttpResponse<String> r = client.send(built, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("X-Subject-Token").orElse(null),
                    r.headers().firstValue("Retry-After").orElse(null), r.body());
        } catch (IOException e) {
            throw ErrorMapper.fromTransport(site, e);
        } catch (UncheckedIOException e) {
            // how the client's proxy selector refuses a destination under test (net.HttpClients)
            throw ErrorMapper.fromTransport(site, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpenStackException(OpenStackException.Kind.UNREACHABLE, 0, site + " interrupted", null);
        }
    }

    public static HttpRequest.Builder get(URI uri) {
        return HttpRequest.newBuilder(uri).GET();
    }
}
