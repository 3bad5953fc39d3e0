package io.opencenter.installer.kube.client;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.opencenter.installer.kube.KubeException;
import io.opencenter.installer.kube.KubeException.Kind;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertificateException;

/**
 * Turns what fabric8 throws into a {@link KubeException}: the HTTP status into a kind, and a failure without an
 * answer (status 0) into TLS or UNREACHABLE by its cause. The message says what was being done and where, then the
 * API server's own message (which names the conflicting manager, the invalid field, the refusing policy); never
 * request bodies, which may hold a Secret.
 */
final class KubeErrors {

    private KubeErrors() {
    }

    /** @param what the call, e.g. "apply ConfigMap demo/settings on https://127.0.0.1:16443" */
    static KubeException map(RuntimeException e, String what) {
        if (e instanceof KubeException k) {
            return k;
        }
        if (e instanceof KubernetesClientTimeoutException) {
            return new KubeException(Kind.TIMEOUT, 0, what + ": timed out", e);
        }
        int code = e instanceof KubernetesClientException k ? k.getCode() : 0;
        if (code > 0) {
            String message = serverMessage((KubernetesClientException) e);
            return new KubeException(byStatus(code, message), code, what + ": " + code + " " + message, e);
        }
        Throwable transport = transportCause(e);
        if (transport instanceof SSLException || transport instanceof CertificateException) {
            return new KubeException(Kind.TLS, 0, what + ": TLS failed, the server's certificate is not trusted "
                    + "by the kubeconfig's CA or does not match the server's address (" + rootMessage(transport)
                    + ")", e);
        }
        if (transport != null) {
            return new KubeException(Kind.UNREACHABLE, 0, what + ": no answer (" + rootMessage(transport) + ")", e);
        }
        return new KubeException(Kind.SERVER_ERROR, 0, what + ": " + e.getMessage(), e);
    }

    /**
     * The kind for an HTTP status. One 500 is the client's fault: a server-side apply whose body does not fit the
     * schema (a number where a string belongs, an undeclared field) fails while the server builds its typed patch, and
     * the API server answers 500 "failed to create typed patch object" rather than 4xx (kubernetes/kubernetes#139253,
     * 1.35 included): that is INVALID, as the same mistake in a create would be.
     */
    static Kind byStatus(int code, String message) {
        if (code == 500 && message != null && message.startsWith("failed to create typed patch object")) {
            return Kind.INVALID;
        }
        return switch (code) {
            case 400, 422 -> Kind.INVALID;
            case 401 -> Kind.UNAUTHORIZED;
            case 403 -> Kind.FORBIDDEN;
            case 404, 410 -> Kind.NOT_FOUND;
            case 409 -> Kind.CONFLICT;
            default -> Kind.SERVER_ERROR;
        };
    }

    /** The server's Status message ("Apply failed with 1 conflict: ..."), else fabric8's (which names the URL). */
    private static String serverMessage(KubernetesClientException e) {
        Status status = e.getStatus();
        if (status != null && status.getMessage() != null && !status.getMessage().isBlank()) {
            return status.getMessage();
        }
        return e.getMessage();
    }

    /**
     * The cause that says how the connection itself failed: TLS first, then the first of the JDK's named connection
     * failures (refused, unresolved, timed out; the JDK client wraps a refusal's ConnectException around a
     * ClosedChannelException that says less), else the innermost I/O failure.
     */
    private static Throwable transportCause(Throwable e) {
        Throwable named = null;
        Throwable innermost = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SSLException || t instanceof CertificateException) {
                return t; // TLS wins over the IOException that wraps it
            }
            if (named == null && (t instanceof SocketException || t instanceof UnknownHostException
                    || t instanceof HttpTimeoutException || t instanceof SocketTimeoutException)) {
                named = t;
            }
            if (t instanceof IOException) {
                innermost = t;
            }
        }
        return named != null ? named : innermost;
    }

    /** "ConnectException: Connection refused": the failure's type and its own words. */
    private static String rootMessage(Throwable t) {
        String m = t.getMessage();
        if (t instanceof SSLException) {
            return m; // its text says enough ("PKIX path building failed ...", "No name matching ...")
        }
        if (t instanceof ConnectException && (m == null || m.isBlank())) {
            return "connection refused"; // what the JDK client's ConnectException means, though it does not say so
        }
        return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }
}
