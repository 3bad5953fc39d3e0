package io.opencenter.installer.openstack.client;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The one shared Keystone login of a gateway. Worker threads all take their token from here; it logs in again
 * shortly before the token expires, and at once when a service answered 401 to the current token.
 */
public final class TokenSource {

    /**
     * Renew this long before expiry, so a call started now (reads take seconds, retries up to a minute) does not run
     * into the deadline. Not more: some clouds hand out tokens of a few minutes.
     */
    static final Duration RENEW_MARGIN = Duration.ofSeconds(90);

    private final Supplier<KeystoneLogin> login;
    private final Clock clock;
    private KeystoneLogin current;

    public TokenSource(Supplier<KeystoneLogin> login, Clock clock) {
        this.login = login;
        this.clock = clock;
    }

    public synchronized KeystoneLogin current() {
        if (current == null || expiresSoon(current)) {
            current = login.get();
        }
        return current;
    }

    /** Drops {@code rejected} (a service said 401 to it) unless another thread already replaced it. */
    public synchronized void invalidate(KeystoneLogin rejected) {
        if (current == rejected) {
            current = null;
        }
    }

    private boolean expiresSoon(KeystoneLogin l) {
        return Duration.between(clock.instant(), l.expiresAt()).compareTo(RENEW_MARGIN) < 0;
    }
}
