package io.opencenter.installer.gitops.publish;

/**
 * A publish that did not happen, classified so a face can say what to fix. The message names the repository (its URL
 * without credentials) and the branch, and how to fix it; never a token or key.
 */
public class GitPublishException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The target itself is wrong: a URL with credentials in it, a bad branch name or path, a key file missing. */
        INVALID_TARGET,
        /** The server refused the credentials (or asked for some and none were given), or an unknown host key. */
        AUTH_REFUSED,
        /** The repository does not exist at that URL (or the credentials may not see it). */
        NOT_FOUND,
        /** No connection: refused, unknown host, timed out, or refused by the test loopback policy. */
        UNREACHABLE,
        /** The branch moved on the server after it was read: publishing again builds on the new tip. */
        NON_FAST_FORWARD,
        /** The server declined the push for another reason (a protected branch, a hook). */
        PUSH_DECLINED,
        /** The local clone cache in the workspace could not be read or written. */
        LOCAL_IO
    }

    private final Reason reason;

    public GitPublishException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public GitPublishException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
