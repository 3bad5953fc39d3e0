package io.opencenter.installer.spec;

import java.util.List;

/** Conventions of the node network (gateway first, VIP and MetalLB pool after it) and example values for hints. */
final class AddressPlan {
    private AddressPlan() {}

    /** OpenStack gives a subnet's router the first usable address unless told otherwise. */
    static Ipv4 gateway(Cidr node) {
        return node.network().plus(1);
    }

    /** Addresses left for nodes: all but network, gateway, broadcast, the VIP and the MetalLB pool. */
    static long nodeAddresses(Cidr node, AddressRange pool, Ipv4 vip) {
        long room = node.size() - 3;
        if (vip != null) {
            room--;
        }
        if (pool != null) {
            room -= pool.size();
        }
        return Math.max(0, room);
    }

    /** A pool in the upper part of the block, like the documented .200-.220 of a /24. */
    static AddressRange examplePool(Cidr node) {
        Ipv4 start = node.network().plus(node.size() * 25 / 32);
        long end = Math.min(start.value() + 20, node.broadcast().value() - 1);
        return new AddressRange(start, new Ipv4(end));
    }

    /** The tenth address (like the documented 10.20.0.10), or the next usable one outside the pool. */
    static Ipv4 exampleVip(Cidr node, AddressRange pool) {
        for (long offset = 10; offset < node.size() - 1; offset++) {
            Ipv4 candidate = node.network().plus(offset);
            if (pool == null || !pool.contains(candidate)) {
                return candidate;
            }
        }
        return node.network().plus(2);
    }

    /**
     * A block of the same size as {@code wanted} that overlaps none of {@code planned}, searched in the private
     * 10.0.0.0/8 space; falls back to the RFC 1918 172.16.0.0/12 default when nothing there fits.
     */
    static Cidr disjointExample(Cidr wanted, List<Cidr> planned) {
        int prefix = Math.max(wanted.prefix(), 8);
        long step = 1L << (32 - prefix);
        Cidr tenSlash8 = Cidr.parse("10.0.0.0/8");
        for (long n = tenSlash8.network().value(); n <= tenSlash8.broadcast().value(); n += step) {
            Cidr candidate = new Cidr(new Ipv4(n), prefix);
            if (planned.stream().noneMatch(candidate::overlaps)) {
                return candidate;
            }
        }
        return Cidr.parse("172.16.0.0/16");
    }
}
