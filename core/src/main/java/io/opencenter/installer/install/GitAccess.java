package io.opencenter.installer.install;

import io.opencenter.installer.gitops.publish.GitAuth;
import io.opencenter.installer.openstack.Secret;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How the installer signs in to the GitOps repository. The config holds no credentials (it is meant to be shared),
 * so they come from the environment, the way Git's own tools take them:
 * <ul>
 *   <li>https: {@value #TOKEN} (a personal or deploy access token; Flux gets it too, as its source Secret);</li>
 *   <li>ssh: {@value #SSH_KEY} (a private key file), checked against {@value #KNOWN_HOSTS} or
 *       {@code ~/.ssh/known_hosts};</li>
 *   <li>file and plain http (a local or test server): nothing.</li>
 * </ul>
 */
final class GitAccess {
    static final String TOKEN = "OPENCENTER_GIT_TOKEN";
    static final String SSH_KEY = "OPENCENTER_GIT_SSH_KEY";
    static final String KNOWN_HOSTS = "OPENCENTER_GIT_KNOWN_HOSTS";

    private GitAccess() {}

    /** The sign-in for {@code url}; a missing token is not an error here (a public repository needs none). */
    static GitAuth forUrl(String url, Map<String, String> env) {
        String scheme = url.contains("://") ? url.substring(0, url.indexOf("://")) : "ssh"; // git@host:repo is ssh
        String token = env.get(TOKEN);
        if (scheme.equals("https") && token != null && !token.isBlank()) {
            return new GitAuth.Token(Secret.of(token.strip()));
        }
        if (scheme.equals("ssh")) {
            String key = env.get(SSH_KEY);
            if (key != null && !key.isBlank()) {
                return new GitAuth.SshKey(Path.of(key), knownHosts(env));
            }
        }
        return new GitAuth.None();
    }

    /** The token Flux's source needs for an https repository, when one was given. */
    static Optional<Secret> fluxToken(GitAuth auth) {
        return auth instanceof GitAuth.Token t ? Optional.of(t.token()) : Optional.empty();
    }

    private static Path knownHosts(Map<String, String> env) {
        String given = env.get(KNOWN_HOSTS);
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Path home = Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
        return home; // when it is missing, publishing says which file to create
    }
}
