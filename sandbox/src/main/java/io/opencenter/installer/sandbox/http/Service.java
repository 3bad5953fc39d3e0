package io.opencenter.installer.sandbox.http;

/**
 * One simulated OpenStack service mounted under {@code /<prefix>} of the sandbox's single port, like a devstack
 * deployment behind one Apache ({@code /identity}, {@code /compute}, {@code /networking}, {@code /volume},
 * {@code /image}).
 */
public interface Service {

    /** First URL path segment, e.g. {@code compute}. */
    String prefix();

    /** Name used for fault knobs and {@code x-openstack-request-id} style headers: identity, compute, ... */
    String name();

    /** False only for the few unauthenticated calls (version documents, issuing a token). */
    boolean needsToken(Request request);

    /**
     * Answers the request; {@code caller} is the validated token (null when {@link #needsToken} is false).
     * Throws {@link ApiError} for error answers.
     */
    Response handle(Request request, Caller caller);

    /** Headers every answer of this service carries, errors included (microversion headers, content type). */
    default void decorate(Request request, java.util.Map<String, String> headers) {
    }

    /** The answer for an unknown path, in this service's error shape. */
    ApiError unknownPath(Request request);

    /** The body of an injected 500 in this service's shape. */
    ApiError internalError();
}
