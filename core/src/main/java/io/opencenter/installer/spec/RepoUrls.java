package io.opencenter.installer.spec;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises the repository addresses {@code platform.gitops.repoUrl} accepts. Pure string checks, no I/O. */
public final class RepoUrls {
    /** scp-like git syntax: {@code user@host:path}, e.g. {@code git@github.com:org/repo.git}. */
    private static final Pattern SCP_LIKE = Pattern.compile("[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^\\s:][^\\s]*");

    public static final String EXAMPLES =
            "https://github.com/org/repo.git, git@github.com:org/repo.git, file:///srv/gitops or oci://registry/repo";

    private RepoUrls() {}

    public static boolean isValid(String url) {
        if (url == null || url.isEmpty() || url.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        if (!url.contains("://")) {
            return SCP_LIKE.matcher(url).matches();
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath();
        return switch (scheme) {
            // file:///abs/path only: a host part (file://server/x) is not something git or we can use
            case "file" -> uri.getAuthority() == null && path.length() > 1;
            case "https", "http", "ssh", "oci" -> uri.getHost() != null && path.length() > 1;
            default -> false;
        };
    }
}
