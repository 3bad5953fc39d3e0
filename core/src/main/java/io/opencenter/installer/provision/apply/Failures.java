package io.opencenter.installer.provision.apply;

import io.opencenter.installer.openstack.OpenStackException;

/** Which cloud failures are worth another attempt, and how a failure reads in events and the journal. */
public final class Failures {

    private Failures() {}

    /**
     * 5xx, an unreachable endpoint or a timeout, and rate limiting (429, or an over-limit answer that says when to
     * come back) may pass. Bad requests, refusals (Nova's quota answer is a 403), conflicts and a 413 quota error
     * without Retry-After will not.
     */
    public static boolean isTransient(RuntimeException e) {
        if (!(e instanceof OpenStackException ose)) {
            return false;
        }
        return switch (ose.kind()) {
            case SERVER_ERROR, UNREACHABLE -> true;
            case OVER_LIMIT -> ose.status() == 429 || ose.retryAfter().isPresent();
            default -> false;
        };
    }

    /** The delay the cloud asked for, or null. */
    public static java.time.Duration retryAfter(RuntimeException e) {
        return e instanceof OpenStackException ose ? ose.retryAfter().orElse(null) : null;
    }

    /** The cloud's own words (exception messages name service and path, never a secret). */
    public static String reason(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
