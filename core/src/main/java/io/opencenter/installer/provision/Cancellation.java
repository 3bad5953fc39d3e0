package io.opencenter.installer.provision;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A cancel request shared between whoever asks (Ctrl-C, the Cancel button) and a running apply or destroy. Cancel
 * is graceful: calls already sent finish and are journaled, nothing new starts, waits stop.
 */
public final class Cancellation {
    private final AtomicBoolean requested = new AtomicBoolean();

    public void cancel() {
        requested.set(true);
    }

    public boolean isCancelled() {
        return requested.get();
    }
}
