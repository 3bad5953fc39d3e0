package io.opencenter.installer.spec;

/**
 * One IPv4 address as an unsigned 32-bit number held in a {@code long}, so that arithmetic near
 * 255.255.255.255 never wraps around.
 */
public record Ipv4(long value) implements Comparable<Ipv4> {
    static final long MAX = 0xFFFF_FFFFL;

    public Ipv4 {
        if (value < 0 || value > MAX) {
            throw new IllegalArgumentException("not a 32-bit address: " + value);
        }
    }

    /**
     * Strict dotted-quad parser: exactly four decimal octets 0-255, no spaces, no leading zeros (which some
     * tools read as octal, so "010.0.0.1" would mean different things to different programs).
     *
     * @throws IllegalArgumentException whose message says what is wrong, phrased to follow "is not an IPv4 address: "
     */
    public static Ipv4 parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("it is empty");
        }
        if (text.indexOf(':') >= 0) {
            throw new IllegalArgumentException("it looks like IPv6, and only IPv4 is supported");
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("it needs four numbers separated by dots, e.g. 10.20.0.10");
        }
        long value = 0;
        for (String part : parts) {
            value = (value << 8) | octet(part);
        }
        return new Ipv4(value);
    }

    /** True when {@link #parse} accepts the text. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int octet(String part) {
        if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("`" + part + "` is not a number from 0 to 255");
        }
        if (part.length() > 1 && part.charAt(0) == '0') {
            throw new IllegalArgumentException("`" + part + "` has a leading zero");
        }
        int n = Integer.parseInt(part);
        if (n > 255) {
            throw new IllegalArgumentException(n + " is greater than 255");
        }
        return n;
    }

    /** The address {@code n} steps further on (negative: back). */
    public Ipv4 plus(long n) {
        return new Ipv4(value + n);
    }

    @Override
    public int compareTo(Ipv4 other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return (value >>> 24) + "." + ((value >>> 16) & 0xFF) + "." + ((value >>> 8) & 0xFF) + "." + (value & 0xFF);
    }
}
