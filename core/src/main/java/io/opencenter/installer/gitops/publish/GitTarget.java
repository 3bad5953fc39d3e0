package io.opencenter.installer.gitops.publish;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.URIish;

import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the GitOps tree goes: a repository, a branch, and the folder in it that holds the tree ("" for the root).
 *
 * @param url    https://, http:// or ssh:// (or scp-like {@code git@host:org/repo.git}); never with a password or
 *               token in it: a token goes in {@link GitAuth.Token}
 * @param branch the branch to publish to, e.g. "main"; created when the repository does not have it yet
 * @param path   the folder of the tree inside the repository, e.g. "" or "gitops/prod" (no leading or trailing
 *               slash needed; no "..")
 * @param auth   how to authenticate
 */
public record GitTarget(String url, String branch, String path, GitAuth auth) {

    public GitTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(auth, "auth");
        path = normalizePath(path == null ? "" : path);
        URIish uri = parse(url);
        String scheme = uri.getScheme() == null ? "ssh" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            // a repository on this machine (the sandbox's, or a local mirror): no host, no credentials
            if (!(auth instanceof GitAuth.None)) {
                throw invalid("the GitOps repository URL " + redact(url) + " is a local folder: it takes no token "
                        + "or key");
            }
        } else if (!scheme.equals("https") && !scheme.equals("http") && !scheme.equals("ssh")) {
            throw invalid("the GitOps repository URL " + redact(url) + " is not https://, http://, ssh:// or "
                    + "file://: give the repository's clone URL");
        }
        if (uri.getPass() != null || (scheme.startsWith("http") && uri.getUser() != null)) {
            // the URL would land in logs, the cache's config and messages: credentials go in the auth only
            throw invalid("the GitOps repository URL " + redact(url) + " carries credentials: remove them from "
                    + "the URL and give the token as the repository's token instead");
        }
        if (!scheme.equals("file") && (uri.getHost() == null || uri.getHost().isBlank())) {
            throw invalid("the GitOps repository URL " + redact(url) + " names no host");
        }
        if (scheme.startsWith("http") && auth instanceof GitAuth.SshKey) {
            throw invalid("the GitOps repository URL " + redact(url) + " is https but the auth is an ssh key: "
                    + "use the ssh:// URL with a key, or a token with the https URL");
        }
        if (scheme.equals("ssh") && auth instanceof GitAuth.Token) {
            throw invalid("the GitOps repository URL " + redact(url) + " is ssh but the auth is a token: "
                    + "use the https:// URL with a token, or an ssh key with the ssh URL");
        }
        if (branch.isBlank() || !Repository.isValidRefName("refs/heads/" + branch)) {
            throw invalid("\"" + branch + "\" is not a valid Git branch name: give a branch such as main");
        }
    }

    /** The URL as safe to show: without any user info (a pasted token would be there). */
    public String displayUrl() {
        return redact(url);
    }

    /** True for an ssh URL (ssh:// or scp-like). */
    public boolean isSsh() {
        String scheme = parse(url).getScheme();
        return scheme == null || scheme.equalsIgnoreCase("ssh");
    }

    /** {@code url} with the user info (user, password or token) left out; the URL as is when it does not parse. */
    public static String redact(String url) {
        // by hand rather than via URIish: what does not parse must not be echoed with its secret either
        String s = url.strip();
        int scheme = s.indexOf("://");
        int hostStart = scheme < 0 ? 0 : scheme + 3;
        int slash = s.indexOf('/', hostStart);
        int end = slash < 0 ? s.length() : slash;
        int at = s.lastIndexOf('@', end - 1);
        if (at >= hostStart) {
            String user = s.substring(hostStart, at);
            // scp-like and ssh:// URLs name a plain user (git@host): that is no secret and says which account
            boolean plainSshUser = !s.startsWith("http") && !user.contains(":");
            return plainSshUser ? s : s.substring(0, hostStart) + s.substring(at + 1);
        }
        return s;
    }

    private static URIish parse(String url) {
        try {
            return new URIish(url.strip());
        } catch (URISyntaxException e) {
            throw invalid("the GitOps repository URL " + redact(url) + " is not a URL: give the repository's "
                    + "clone URL (https://host/org/repo.git or ssh://git@host/org/repo.git)");
        }
    }

    private static String normalizePath(String raw) {
        String p = raw.strip().replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.equals(".")) {
            p = "";
        }
        if (p.startsWith("/") || !ManagedPaths.isRelativePath(p)) {
            throw invalid("the GitOps path \"" + raw + "\" is not a folder inside the repository: give a relative "
                    + "path such as clusters or gitops/prod (no leading /, no .., no .git)");
        }
        return p;
    }

    private static GitPublishException invalid(String message) {
        return new GitPublishException(GitPublishException.Reason.INVALID_TARGET, message);
    }
}
