package io.opencenter.installer.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Which addresses the installer's HTTP clients may connect to. The shipped app never turns the rule on; the tests of
 * every module do (system property {@value #PROPERTY}, set by the parent pom's surefire configuration), because the
 * addresses a cluster hands out (floating IPs and VIPs in 203.0.113.0/24 in the sandbox and the harness) are not on
 * the test machine and a connection to one would leave it.
 */
public enum DestinationPolicy {

    /** The shipped app: connect wherever the configuration says. */
    ANY,

    /** Under test: only 127.0.0.0/8 and ::1; any other address is refused before the connection is made. */
    LOOPBACK_ONLY;

    /** {@code -Dopencenter.net.loopbackOnly=true} switches {@link #LOOPBACK_ONLY} on. */
    public static final String PROPERTY = "opencenter.net.loopbackOnly";

    /** The policy this JVM runs under, read when a client is built. */
    public static DestinationPolicy current() {
        return Boolean.getBoolean(PROPERTY) ? LOOPBACK_ONLY : ANY;
    }

    /** True when a connection to {@code address} is allowed (127.0.0.0/8 and ::1 are the loopback addresses). */
    public boolean allows(InetAddress address) {
        return this == ANY || address.isLoopbackAddress();
    }

    /**
     * Refuses a connection this policy does not allow: records it in {@link LoopbackViolations} (so a caller that
     * swallows the exception still fails its test) and throws. An unresolved address passes: nothing can connect to
     * it, and the socket reports the unknown host itself.
     *
     * @param address the address about to be dialled
     * @param what    who dials it for what, for the message: "for https://203.0.113.10:6443/version, JDK HTTP client"
     */
    public void check(InetSocketAddress address, String what) throws DestinationRefusedException {
        if (address.isUnresolved() || allows(address.getAddress())) {
            return;
        }
        DestinationRefusedException refused = new DestinationRefusedException(address, what);
        LoopbackViolations.record(refused);
        throw refused;
    }
}
