package io.opencenter.installer.gitops.publish;

import io.opencenter.installer.gitops.publish.GitPublishException.Reason;
import io.opencenter.installer.net.DestinationRefusedException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.transport.RemoteRefUpdate;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Turns what JGit threw (or a push's per-ref status) into a {@link GitPublishException} that names the repository
 * and branch and says what to do. JGit's messages name the URL it was given, which never holds credentials
 * ({@link GitTarget} refuses such URLs); they are passed on without the URL prefix JGit puts in front.
 */
final class GitErrors {

    private GitErrors() {
    }

    static GitPublishException of(GitTarget target, String doing, Exception e) {
        String where = target.displayUrl() + " (branch " + target.branch() + ")";
        String detail = detail(target, e);
        String lower = detail.toLowerCase(Locale.ROOT);
        DestinationRefusedException refused = cause(e, DestinationRefusedException.class);
        if (refused != null) {
            return new GitPublishException(Reason.UNREACHABLE, "cannot " + doing + " " + where + ": "
                    + refused.getMessage(), e);
        }
        if (e instanceof NoRemoteRepositoryException || lower.contains("not found") || lower.contains("repository not")) {
            return new GitPublishException(Reason.NOT_FOUND, "cannot " + doing + " " + where + ": the repository "
                    + "was not found. Check the URL, create the repository (it may be empty), and check that the "
                    + "credentials may see it", e);
        }
        if (lower.contains("not authorized") || lower.contains("authentication is required")
                || lower.contains("not permitted") || lower.contains("cannot log in")
                || lower.contains("auth fail") || lower.contains("no more authentication methods")
                || lower.contains("authentication failed")) {
            return new GitPublishException(Reason.AUTH_REFUSED, "cannot " + doing + " " + where + ": the server "
                    + "refused the credentials (" + detail + "). " + authHint(target), e);
        }
        if (lower.contains("server key") || lower.contains("host key") || lower.contains("known_hosts")) {
            return new GitPublishException(Reason.AUTH_REFUSED, "cannot " + doing + " " + where + ": the server's "
                    + "host key is not in the known_hosts file given (" + detail + "). Add the server's key "
                    + "(ssh-keyscan -p PORT HOST >> known_hosts, after checking its fingerprint)", e);
        }
        if (cause(e, ConnectException.class) != null || cause(e, UnknownHostException.class) != null
                || cause(e, NoRouteToHostException.class) != null || cause(e, SocketTimeoutException.class) != null
                || lower.contains("connection refused") || lower.contains("timed out")
                || lower.contains("unknownhost") || lower.contains("connection failed")) {
            return new GitPublishException(Reason.UNREACHABLE, "cannot " + doing + " " + where + ": the Git "
                    + "server cannot be reached (" + detail + "). Check the host and port in the URL, and the "
                    + "network or proxy between here and it", e);
        }
        return new GitPublishException(Reason.UNREACHABLE, "cannot " + doing + " " + where + ": " + detail, e);
    }

    /** The push's verdict on the branch, when it was not a success. */
    static GitPublishException rejected(GitTarget target, RemoteRefUpdate update) {
        String where = target.displayUrl() + " (branch " + target.branch() + ")";
        return switch (update.getStatus()) {
            case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> new GitPublishException(Reason.NON_FAST_FORWARD,
                    "the push to " + where + " was refused because the branch moved on the server after the "
                            + "installer read it (someone pushed meanwhile). Nothing was overwritten or rebased: "
                            + "run the publish again to build on the new commit", null);
            case REJECTED_NODELETE, REJECTED_OTHER_REASON, NON_EXISTING -> new GitPublishException(
                    Reason.PUSH_DECLINED, "the server declined the push to " + where
                    + (update.getMessage() == null ? "" : " (" + update.getMessage() + ")")
                    + ": the branch may be protected; allow the installer's credentials to push to it, or "
                    + "choose another branch", null);
            default -> new GitPublishException(Reason.PUSH_DECLINED, "the push to " + where + " ended "
                    + update.getStatus() + (update.getMessage() == null ? "" : ": " + update.getMessage()), null);
        };
    }

    private static String authHint(GitTarget target) {
        if (target.auth() instanceof GitAuth.Token) {
            return "Check that the token is valid, not expired, and may write to this repository";
        }
        if (target.auth() instanceof GitAuth.SshKey k) {
            return "Check that the server accepts the key " + k.privateKeyFile() + " (its public half must be a "
                    + "deploy key with write access, or on an account that may push)";
        }
        return "This repository needs credentials: give an access token (https) or an ssh key";
    }

    /** JGit's message, without the "URL: " prefix it adds, and with any user info in a URL left out. */
    private static String detail(GitTarget target, Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String url = target.url().strip();
        if (m.startsWith(url + ": ")) {
            m = m.substring(url.length() + 2);
        }
        Throwable c = e.getCause();
        if (c != null && c != e && c.getMessage() != null && !m.contains(c.getMessage())) {
            m = m + ": " + c.getMessage();
        }
        // whatever a server echoed: no user:password@ in anything shown
        return m.replaceAll("(?i)(https?://)[^/@\\s]+@", "$1");
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
