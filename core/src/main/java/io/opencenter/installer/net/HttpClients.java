package io.opencenter.installer.net;

import okhttp3.OkHttpClient;
import org.eclipse.jgit.transport.http.HttpConnectionFactory;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.function.Consumer;

/**
 * The one factory of the installer's HTTP clients. Each client is built with the caller's settings and then, under
 * {@link DestinationPolicy#LOOPBACK_ONLY}, given the destination guard last, so no setting can take it away:
 * <ul>
 *   <li>OkHttp (openstack4j's connector): a socket factory whose sockets check the address they connect to, and a
 *       proxy selector that refuses a SOCKS proxy off loopback;</li>
 *   <li>the JDK client (the gateway's own requests, fabric8, a registry client): a proxy selector that checks the
 *       host before each request ({@link ProxyGuard} says what that sees and what not).</li>
 * </ul>
 * JGit's HTTP transport takes a connection factory ({@link #jgit()}) that checks each connection before it is made;
 * a client that can take none of these calls {@link #checkDestination} before it connects.
 * Under {@link DestinationPolicy#ANY} (the shipped app) every client is exactly what its settings say.
 */
public final class HttpClients {

    private HttpClients() {
    }

    /** An OkHttp client under the JVM's policy ({@link DestinationPolicy#current()}). */
    public static OkHttpClient okHttp(Consumer<OkHttpClient.Builder> settings) {
        return okHttp(DestinationPolicy.current(), settings);
    }

    /**
     * An OkHttp client with {@code settings} applied, then the guard. Derive variants with
     * {@code client.newBuilder()}: they keep the guard (do not replace its socket factory or proxy selector).
     */
    public static OkHttpClient okHttp(DestinationPolicy policy, Consumer<OkHttpClient.Builder> settings) {
        OkHttpClient.Builder b = new OkHttpClient.Builder();
        settings.accept(b);
        if (policy == DestinationPolicy.ANY) {
            return b.build();
        }
        OkHttpClient asked = b.build();
        Proxy fixed = asked.proxy();
        if (fixed != null && fixed.type() == Proxy.Type.SOCKS && fixed.address() instanceof InetSocketAddress a) {
            try {
                policy.check(a.isUnresolved() ? new InetSocketAddress(a.getHostString(), a.getPort()) : a,
                        "SOCKS proxy of an OkHttp client");
            } catch (DestinationRefusedException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
        return asked.newBuilder()
                .socketFactory(new GuardedSocketFactory(policy))
                .proxySelector(ProxyGuard.forOkHttp(policy, asked.proxySelector()))
                .build();
    }

    /** A JDK HTTP client under the JVM's policy. */
    public static HttpClient jdk(Consumer<HttpClient.Builder> settings) {
        return jdk(DestinationPolicy.current(), settings);
    }

    /** A JDK HTTP client with {@code settings} applied, then the guard. */
    public static HttpClient jdk(DestinationPolicy policy, Consumer<HttpClient.Builder> settings) {
        HttpClient.Builder b = guarded(policy, HttpClient.newBuilder());
        settings.accept(b);
        return b.build();
    }

    /**
     * A JDK builder someone else made and configures (fabric8's {@code JdkHttpClientFactory}), under the JVM's
     * policy: the guard is installed when it builds, around the proxy selector it was given.
     */
    public static HttpClient.Builder guarded(HttpClient.Builder builder) {
        return guarded(DestinationPolicy.current(), builder);
    }

    public static HttpClient.Builder guarded(DestinationPolicy policy, HttpClient.Builder builder) {
        return new GuardedHttpClientBuilder(builder, policy, InetAddress::getAllByName);
    }

    /**
     * JGit's HTTP connection factory under the JVM's policy (JDK connections, each checked before it connects). JGit
     * keeps one factory for the whole JVM: install it with {@code HttpTransport.setConnectionFactory(jgit())} before
     * the first HTTP fetch or push.
     */
    public static HttpConnectionFactory jgit() {
        return GuardedJGitConnectionFactory.of(DestinationPolicy.current());
    }

    /** JGit's HTTP connection factory under {@code policy}. */
    public static HttpConnectionFactory jgit(DestinationPolicy policy) {
        return GuardedJGitConnectionFactory.of(policy);
    }

    /**
     * For a client that takes neither an OkHttp nor a JDK client (JGit's connection factory): throws, and records,
     * when the JVM's policy refuses where a request to {@code uri} would connect (the JVM's default proxy selector
     * decides whether that is a proxy or the host itself). Call it before connecting, for every request.
     *
     * @throws UncheckedIOException around a {@link DestinationRefusedException}
     */
    public static void checkDestination(URI uri) {
        DestinationPolicy policy = DestinationPolicy.current();
        if (policy != DestinationPolicy.ANY) {
            ProxyGuard.forJdk(policy, ProxySelector.getDefault(), InetAddress::getAllByName).select(uri);
        }
    }
}
