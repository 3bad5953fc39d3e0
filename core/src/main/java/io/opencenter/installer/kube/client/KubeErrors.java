package io.opencenter.installer.kube.client;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.opencenter.installer.kube.KubeException;
import io.opencenter.installer.kube.KubeException.Kind;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
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
            return new KubeException(byStatus(code), code, what + ": " + code + " " + serverMessage(
                    (KubernetesClientException) e), e);
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

    static Kind byStatus(int code) {
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

    /** The first cause that says the connection itself failed (TLS, refused, unresolved, timed out). */
    private static Throwable transportCause(Throwable e) {
        Throwable found = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SSLException || t instanceof CertificateException) {
                return t; // TLS wins over the IOException that wraps it
            }
            if (found == null && (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException || t instanceof HttpTimeoutException
                    || t instanceof SocketTimeoutException || t instanceof IOException)) {
                found = t;
            }
        }
        return found;
    }

    /** The exception's own message, else its deepest cause's, else its type. */
    private static String rootMessage(Throwable t) {
        if (t.getMessage() != null && !t.getMessage().isBlank()) {
            return t.getMessage();
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : t.getClass().getSimpleName();
    }
}
