package io.opencenter.installer.net;

import org.eclipse.jgit.transport.http.HttpConnection;
import org.eclipse.jgit.transport.http.HttpConnectionFactory2;
import org.eclipse.jgit.transport.http.JDKHttpConnectionFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;

/**
 * JGit's HTTP connections, under the destination policy. JGit opens one connection per request (and per redirect,
 * which it follows itself) through its connection factory, after choosing the proxy; this factory checks where that
 * connection would go (the HTTP proxy, or the URL's host, resolved) with the same rule as {@link ProxyGuard}, before
 * JGit's own JDK connection is made. A refusal is thrown as the {@link DestinationRefusedException} itself, an
 * {@link IOException}, so JGit reports it as a failed connection to that URL.
 */
final class GuardedJGitConnectionFactory implements HttpConnectionFactory2 {

    private final DestinationPolicy policy;
    private final ProxyGuard.Resolver resolver;
    private final JDKHttpConnectionFactory delegate = new JDKHttpConnectionFactory();

    GuardedJGitConnectionFactory(DestinationPolicy policy, ProxyGuard.Resolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    @Override
    public HttpConnection create(URL url) throws IOException {
        check(url, null);
        return delegate.create(url);
    }

    @Override
    public HttpConnection create(URL url, Proxy proxy) throws IOException {
        check(url, proxy);
        return delegate.create(url, proxy);
    }

    @Override
    public GitSession newSession() {
        return delegate.newSession();
    }

    private void check(URL url, Proxy proxy) throws IOException {
        if (policy == DestinationPolicy.ANY) {
            return;
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("not a URL JGit can connect to: " + e.getReason(), e);
        }
        // the proxy JGit chose (or none) as a one-answer selector: ProxyGuard then checks exactly that route
        ProxySelector chosen = new ProxySelector() {
            @Override
            public List<Proxy> select(URI u) {
                return List.of(proxy == null ? Proxy.NO_PROXY : proxy);
            }

            @Override
            public void connectFailed(URI u, SocketAddress sa, IOException ioe) {
                // nothing to remember: the selector lives for one check
            }
        };
        try {
            ProxyGuard.forJdk(policy, chosen, resolver).select(uri);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static GuardedJGitConnectionFactory of(DestinationPolicy policy) {
        return new GuardedJGitConnectionFactory(policy, InetAddress::getAllByName);
    }
}
