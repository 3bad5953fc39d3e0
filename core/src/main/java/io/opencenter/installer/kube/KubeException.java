package io.opencenter.installer.kube;

/**
 * Any failure talking to Kubernetes, classified so that callers can react (wait and retry, tell the user what to
 * fix). Messages name the object or call, the kubeconfig and the server URL where they matter; never a token, a
 * key or a Secret's content.
 */
public class KubeException extends RuntimeException {

    public enum Kind {
        /** The kubeconfig is missing, unreadable, has no usable context, or asks for something refused (no TLS). */
        CONFIG,
        /** The server's certificate is not trusted by the kubeconfig's CA, or does not match the server's name. */
        TLS,
        /** Connection refused, no route, name not resolved, no answer in time. */
        UNREACHABLE,
        /** 401: the kubeconfig's credentials were not accepted. */
        UNAUTHORIZED,
        /** 403: the user may not do this (RBAC), or an admission policy refused it. */
        FORBIDDEN,
        /** 404, or a kind the server does not serve (a CRD not installed). */
        NOT_FOUND,
        /** 409: another field manager owns a field (apply without force), or a concurrent change. */
        CONFLICT,
        /** 400/422: the object does not validate. */
        INVALID,
        /** A wait did not see what it waited for in time. */
        TIMEOUT,
        /** 429 or 5xx after the client's retries. */
        SERVER_ERROR
    }

    private final Kind kind;
    private final int status;

    public KubeException(Kind kind, int status, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }
}
