package io.opencenter.installer.net;

import java.net.ConnectException;
import java.net.InetSocketAddress;

/**
 * A connection the test loopback policy refused before it was made. A {@link ConnectException}, so the callers'
 * error mapping reports it as an unreachable endpoint, with this message naming the address and the rule.
 */
public final class DestinationRefusedException extends ConnectException {

    private static final long serialVersionUID = 1L;

    private final transient InetSocketAddress address;

    DestinationRefusedException(InetSocketAddress address, String what) {
        super("connection to " + describe(address) + " (" + what + ") refused by the test loopback "
                + "policy: with -D" + DestinationPolicy.PROPERTY + "=true the installer may connect only to "
                + "127.0.0.0/8 and ::1; map the endpoint to a local server instead (for a cluster's API server: "
                + "OPENCENTER_API_ENDPOINT_MAP)");
        this.address = address;
    }

    /** The address that would have been dialled. */
    public InetSocketAddress address() {
        return address;
    }

    static String describe(InetSocketAddress a) {
        String host = a.isUnresolved() ? a.getHostString() : a.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }
}
