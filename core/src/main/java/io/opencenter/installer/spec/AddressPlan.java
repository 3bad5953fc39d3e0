package io.opencenter.installer.spec;

import java.util.List;
import java.util.Optional;

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
     * A block of the same size as {@code wanted} (at most a /8) that overlaps none of {@code planned}, from the
     * private ranges of RFC 1918. Skips over each clash instead of stepping block by block, so it stays quick
     * even for a /28 next to a planned /8 (the wizard validates on every keystroke).
     */
    static Cidr disjointExample(Cidr wanted, List<Cidr> planned) {
        for (String space : List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")) {
            Cidr privateSpace = Cidr.parse(space);
            int prefix = Math.max(wanted.prefix(), privateSpace.prefix());
            long step = 1L << (32 - prefix);
            long n = privateSpace.network().value();
            while (n + step - 1 <= privateSpace.broadcast().value()) {
                Cidr candidate = new Cidr(new Ipv4(n), prefix);
                Optional<Cidr> clash = planned.stream().filter(candidate::overlaps).findFirst();
                if (clash.isEmpty()) {
                    return candidate;
                }
                long afterClash = clash.get().broadcast().value() + 1;
                n = Math.max(n + step, (afterClash + step - 1) / step * step);
            }
        }
        return Cidr.parse("192.168.0.0/24");
    }
}
