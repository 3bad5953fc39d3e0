package io.opencenter.installer.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

/**
 * A proxy selector that checks where a request is about to go, wrapped around the one the client would have used.
 * A client asks its selector before every request (and every redirect), before any connection is made, so a refusal
 * here sends nothing; it is thrown as an {@link UncheckedIOException} around a {@link DestinationRefusedException},
 * which is how both clients let a selector fail.
 *
 * <p>Two uses:
 * <ul>
 *   <li>{@link #forJdk}: the JDK HTTP client offers no socket hook, so this is its guard. It checks the host the
 *       client will dial: the first HTTP proxy if the wrapped selector names one (that is all the JDK client uses),
 *       else the URI's host, resolved here (every address the name resolves to must be allowed). What it cannot see:
 *       the address the client then dials itself. The client resolves the name again, and a resolver that answered
 *       differently the second time would go unnoticed; an unresolvable name passes (the client fails on it
 *       itself). A lookup here is a DNS query, not a connection.</li>
 *   <li>{@link #forOkHttp}: OkHttp's sockets are checked by {@link GuardedSocketFactory}, except through a SOCKS
 *       proxy, where OkHttp makes its own socket; this refuses a SOCKS proxy that is not allowed.</li>
 * </ul>
 */
final class ProxyGuard extends ProxySelector {

    /** Name to addresses; the JDK resolver in production, a fixed answer in a test. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final DestinationPolicy policy;
    private final ProxySelector wrapped;
    private final Resolver resolver;
    private final boolean checkDirect;

    private ProxyGuard(DestinationPolicy policy, ProxySelector wrapped, Resolver resolver, boolean checkDirect) {
        this.policy = policy;
        this.wrapped = wrapped;
        this.resolver = resolver;
        this.checkDirect = checkDirect;
    }

    /** @param wrapped the selector the client was given, or null for the JVM's default */
    static ProxyGuard forJdk(DestinationPolicy policy, ProxySelector wrapped, Resolver resolver) {
        return new ProxyGuard(policy, wrapped, resolver, true);
    }

    static ProxyGuard forOkHttp(DestinationPolicy policy, ProxySelector wrapped) {
        return new ProxyGuard(policy, wrapped, InetAddress::getAllByName, false);
    }

    @Override
    public List<Proxy> select(URI uri) {
        ProxySelector inner = wrapped != null ? wrapped : ProxySelector.getDefault();
        List<Proxy> proxies = inner == null ? List.of(Proxy.NO_PROXY) : inner.select(uri);
        try {
            if (checkDirect) {
                Proxy first = proxies.isEmpty() ? Proxy.NO_PROXY : proxies.get(0);
                if (first.type() == Proxy.Type.HTTP) {
                    checkProxy(first, uri, "JDK HTTP client");
                } else {
                    checkHost(uri.getHost(), port(uri), "for " + uri + ", JDK HTTP client");
                }
            } else {
                for (Proxy p : proxies) {
                    if (p.type() == Proxy.Type.SOCKS) {
                        checkProxy(p, uri, "OkHttp");
                    }
                }
            }
        } catch (DestinationRefusedException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return proxies;
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {
        ProxySelector inner = wrapped != null ? wrapped : ProxySelector.getDefault();
        if (inner != null) {
            inner.connectFailed(uri, address, e);
        }
    }

    private void checkProxy(Proxy proxy, URI uri, String client) throws DestinationRefusedException {
        if (proxy.address() instanceof InetSocketAddress a) {
            String what = proxy.type() + " proxy for " + uri + ", " + client;
            if (a.isUnresolved()) {
                checkHost(a.getHostString(), a.getPort(), what);
            } else {
                policy.check(a, what);
            }
        }
    }

    private void checkHost(String host, int port, String what) throws DestinationRefusedException {
        if (policy == DestinationPolicy.ANY || host == null) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return; // nothing can be dialled; the client reports the unknown host itself
        }
        for (InetAddress a : addresses) {
            policy.check(new InetSocketAddress(a, port), what);
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        return scheme.equals("https") || scheme.equals("wss") ? 443 : 80;
    }
}
