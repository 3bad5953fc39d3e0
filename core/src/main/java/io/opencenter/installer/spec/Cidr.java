package io.opencenter.installer.spec;

/**
 * An IPv4 block written {@code address/prefix}. The address is kept as written so that a block with host bits
 * set (10.20.0.5/24) can still be parsed, reported, and corrected to its {@link #network()}.
 */
public record Cidr(Ipv4 address, int prefix) {

    public Cidr {
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("prefix " + prefix + " is outside 0-32");
        }
    }

    /**
     * Parses {@code a.b.c.d/n}; host bits are allowed here (see {@link #hasHostBits()}).
     *
     * @throws IllegalArgumentException whose message says what is wrong, phrased to follow "is not a CIDR: "
     */
    public static Cidr parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("it is empty");
        }
        if (text.indexOf(':') >= 0) {
            throw new IllegalArgumentException("it looks like IPv6, and only IPv4 is supported");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("the prefix length is missing, e.g. " + text + "/24");
        }
        Ipv4 address = Ipv4.parse(text.substring(0, slash));
        String bits = text.substring(slash + 1);
        if (bits.isEmpty() || bits.length() > 2 || !bits.chars().allMatch(c -> c >= '0' && c <= '9')
                || (bits.length() == 2 && bits.charAt(0) == '0')) {
            throw new IllegalArgumentException("the prefix length `" + bits + "` is not a number from 0 to 32");
        }
        int prefix = Integer.parseInt(bits);
        if (prefix > 32) {
            throw new IllegalArgumentException("the prefix length " + prefix + " is greater than 32");
        }
        return new Cidr(address, prefix);
    }

    /** The netmask as a number: /24 is 0xFFFFFF00, /0 is 0. */
    public long mask() {
        return prefix == 0 ? 0 : (Ipv4.MAX << (32 - prefix)) & Ipv4.MAX;
    }

    public Ipv4 network() {
        return new Ipv4(address.value() & mask());
    }

    public Ipv4 broadcast() {
        return new Ipv4(network().value() | (~mask() & Ipv4.MAX));
    }

    /** Number of addresses in the block, network and broadcast included (2^32 for /0). */
    public long size() {
        return 1L << (32 - prefix);
    }

    public boolean hasHostBits() {
        return address.value() != network().value();
    }

    /** The same block without host bits: 10.20.0.5/24 becomes 10.20.0.0/24. */
    public Cidr canonical() {
        return new Cidr(network(), prefix);
    }

    public AddressRange toRange() {
        return new AddressRange(network(), broadcast());
    }

    public boolean contains(Ipv4 ip) {
        return (ip.value() & mask()) == network().value();
    }

    public boolean overlaps(Cidr other) {
        return toRange().overlaps(other.toRange());
    }

    @Override
    public String toString() {
        return address + "/" + prefix;
    }
}
