package io.opencenter.installer.net;

import javax.net.SocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;

/**
 * Plain sockets that check the address they are about to connect to, for OkHttp. OkHttp creates an unconnected
 * socket here and connects it to the route's resolved address (or to an HTTP proxy), so the check sees the real
 * connect address whatever the URL said: a name resolving elsewhere, a literal IP (OkHttp skips its Dns for those),
 * a proxy. TLS is layered on top of this socket afterwards, so HTTPS passes through here too. Not seen: a SOCKS
 * proxy, for which OkHttp makes its own socket ({@link ProxyGuard} covers that).
 */
final class GuardedSocketFactory extends SocketFactory {

    private final DestinationPolicy policy;

    GuardedSocketFactory(DestinationPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Socket createSocket() {
        return new GuardedSocket(policy);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    private Socket connected(InetSocketAddress to) throws IOException {
        return connected(to, null);
    }

    private Socket connected(InetSocketAddress to, InetSocketAddress from) throws IOException {
        Socket socket = createSocket();
        try {
            if (from != null) {
                socket.bind(from);
            }
            socket.connect(to);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** A plain socket whose connect checks the policy first: a refused address is never dialled. */
    static final class GuardedSocket extends Socket {
        private final DestinationPolicy policy;

        GuardedSocket(DestinationPolicy policy) {
            this.policy = policy;
        }

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            if (endpoint instanceof InetSocketAddress address) {
                policy.check(address, "dialled by an OkHttp socket");
            }
            super.connect(endpoint, timeout);
        }
    }
}
