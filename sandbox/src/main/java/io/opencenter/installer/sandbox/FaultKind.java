package io.opencenter.installer.sandbox;

/** What an injected fault looks like on the wire. */
public enum FaultKind {
    /** 500 with the service's own internal-error body. */
    HTTP_500,
    /** 503 with an HTML body, as a load balancer in front of the API sends it. */
    HTTP_503,
    /** 429 with {@code Retry-After}. */
    HTTP_429,
    /** The connection is closed without any response (the client sees an unexpected end of stream). */
    CONNECTION_RESET
}
