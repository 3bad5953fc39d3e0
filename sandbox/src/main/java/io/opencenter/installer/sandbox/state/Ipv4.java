package io.opencenter.installer.sandbox.state;

import java.util.Set;

/** IPv4 arithmetic for subnets: pools, containment and the next free address. */
public final class Ipv4 {
    private Ipv4() {
    }

    public static long toLong(String ip) {
        String[] p = ip.split("\\.");
        if (p.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + ip);
        }
        long v = 0;
        for (String part : p) {
            int octet = Integer.parseInt(part);
            if (octet < 0 || octet > 255) {
                throw new IllegalArgumentException("not an IPv4 address: " + ip);
            }
            v = (v << 8) | octet;
        }
        return v;
    }

    public static String toText(long v) {
        return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
    }

    /** Network address and size of a CIDR such as {@code 10.0.0.0/24}. */
    public static long[] range(String cidr) {
        String[] parts = cidr.split("/");
        int prefix = Integer.parseInt(parts[1]);
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("bad prefix: " + cidr);
        }
        long size = 1L << (32 - prefix);
        long base = toLong(parts[0]) & ~(size - 1) & 0xffffffffL;
        return new long[]{base, size};
    }

    public static boolean contains(String cidr, String ip) {
        long[] r = range(cidr);
        long v = toLong(ip);
        return v >= r[0] && v < r[0] + r[1];
    }

    /** Whether two CIDRs share any address (Neutron refuses overlapping subnets on one router). */
    public static boolean overlaps(String a, String b) {
        long[] ra = range(a);
        long[] rb = range(b);
        return ra[0] < rb[0] + rb[1] && rb[0] < ra[0] + ra[1];
    }

    /** Neutron's default pool: from the address after the gateway (.2) to the last before broadcast. */
    public static NetworkModel.Pool defaultPool(String cidr) {
        long[] r = range(cidr);
        return new NetworkModel.Pool(toText(r[0] + 2), toText(r[0] + r[1] - 2));
    }

    public static String firstHost(String cidr) {
        return toText(range(cidr)[0] + 1);
    }

    /** The lowest free address of the pools, or null when the subnet is full. */
    public static String nextFree(NetworkModel.Subnet subnet, Set<String> used) {
        for (NetworkModel.Pool pool : subnet.pools) {
            for (long v = toLong(pool.start()); v <= toLong(pool.end()); v++) {
                String candidate = toText(v);
                if (!used.contains(candidate) && !candidate.equals(subnet.gatewayIp)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
