package io.opencenter.installer.openstack;

import java.util.Arrays;

/**
 * A password, application-credential secret or token. Kept as a char[] so it can be wiped, and never printed:
 * {@link #toString()} is redacted, so a Secret that ends up in a log line or exception message leaks nothing.
 */
public final class Secret {
    private final char[] value;

    private Secret(char[] value) {
        this.value = value;
    }

    /** Takes a copy; the caller may wipe its own array afterwards. */
    public static Secret of(char[] value) {
        return new Secret(value.clone());
    }

    public static Secret of(String value) {
        return new Secret(value.toCharArray());
    }

    /** A copy of the characters, for the one place that must send them (an HTTP request body). */
    public char[] reveal() {
        return value.clone();
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    /** Overwrites the characters; the Secret is empty afterwards. */
    public void wipe() {
        Arrays.fill(value, '\0');
    }

    @Override
    public String toString() {
        return "******";
    }
}
