package io.opencenter.installer.spec;

/** An inclusive range of IPv4 addresses, written {@code a-b} (MetalLB's notation) or as a CIDR. */
public record AddressRange(Ipv4 start, Ipv4 end) {

    public AddressRange {
        if (start.compareTo(end) > 0) {
            throw new IllegalArgumentException("start " + start + " is after end " + end);
        }
    }

    /**
     * Parses {@code 10.20.0.200-10.20.0.220} or {@code 10.20.0.192/27}; spaces around the dash are allowed.
     *
     * @throws IllegalArgumentException whose message says what is wrong, phrased to follow "is not a range: "
     */
    public static AddressRange parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("it is empty");
        }
        if (text.indexOf('/') >= 0) {
            Cidr cidr = Cidr.parse(text.strip());
            if (cidr.hasHostBits()) {
                throw new IllegalArgumentException("the CIDR has host bits set; its network is " + cidr.canonical());
            }
            return cidr.toRange();
        }
        int dash = text.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("write it as first-last (e.g. 10.20.0.200-10.20.0.220) or as a CIDR");
        }
        Ipv4 start = Ipv4.parse(text.substring(0, dash).strip());
        Ipv4 end = Ipv4.parse(text.substring(dash + 1).strip());
        if (start.compareTo(end) > 0) {
            throw new IllegalArgumentException("its start " + start + " comes after its end " + end);
        }
        return new AddressRange(start, end);
    }

    /** Number of addresses, both ends included; at least 1. */
    public long size() {
        return end.value() - start.value() + 1;
    }

    public boolean contains(Ipv4 ip) {
        return start.compareTo(ip) <= 0 && ip.compareTo(end) <= 0;
    }

    public boolean overlaps(AddressRange other) {
        return start.compareTo(other.end) <= 0 && other.start.compareTo(end) <= 0;
    }

    public boolean isInside(Cidr cidr) {
        return cidr.contains(start) && cidr.contains(end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
