package io.opencenter.installer.openstack;

/**
 * Any failure talking to OpenStack, classified so callers can react (re-auth, retry, tell the user what to fix).
 * Messages name the service, method and URL path involved, never a secret or a token.
 */
public class OpenStackException extends RuntimeException {

    public enum Kind {
        /** 401: wrong credentials or expired token. */
        UNAUTHORIZED,
        /** 403: the project/user may not do this (also quota exceeded on Nova). */
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT,
        /** 413/429 or a quota error: {@code retryAfterSeconds} may be set. */
        OVER_LIMIT,
        BAD_REQUEST,
        /** 5xx after the retry budget was spent. */
        SERVER_ERROR,
        /** Connection refused, DNS failure, timeout. */
        UNREACHABLE,
        /** Certificate not trusted or hostname mismatch: suggest {@code cacert}. */
        TLS,
        /** The service or region is not in the catalog. */
        NO_ENDPOINT,
        /** Config problem found before any request (bad clouds.yaml, unknown cloud). */
        CONFIG
    }

    private final Kind kind;
    private final int status;
    private final java.time.Duration retryAfter;

    public OpenStackException(Kind kind, int status, String message, Throwable cause) {
        this(kind, status, message, cause, null);
    }

    /** With the delay a 413/429 answer asked for in its {@code Retry-After} header (null when absent). */
    public OpenStackException(Kind kind, int status, String message, Throwable cause, java.time.Duration retryAfter) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public OpenStackException(Kind kind, String message) {
        this(kind, 0, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** HTTP status, or 0 when there was no response. */
    public int status() {
        return status;
    }

    /** The server's {@code Retry-After}, if it sent one. */
    public java.util.Optional<java.time.Duration> retryAfter() {
        return java.util.Optional.ofNullable(retryAfter);
    }
}
