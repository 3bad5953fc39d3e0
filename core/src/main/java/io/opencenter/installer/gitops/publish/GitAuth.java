package io.opencenter.installer.gitops.publish;

import io.opencenter.installer.openstack.Secret;

import java.nio.file.Path;
import java.util.Objects;

/** How the publisher authenticates to the repository. */
public sealed interface GitAuth {

    /** No credentials: a public repository, or a server that lets anyone push (a test's). */
    record None() implements GitAuth {
    }

    /**
     * An https access token, sent as HTTP basic auth with the user name {@link #USERNAME} (GitHub, GitLab, Gitea and
     * Bitbucket accept a token with any non-empty user name there). Never put into the URL, a file or a message:
     * {@link Secret} prints as stars.
     */
    record Token(Secret token) implements GitAuth {
        /** The user name sent with the token. */
        public static final String USERNAME = "git";

        public Token {
            Objects.requireNonNull(token, "token");
            if (token.isEmpty()) {
                throw new IllegalArgumentException("the Git access token is empty: give the token, or no auth");
            }
        }
    }

    /**
     * An ssh key pair's private key file (OpenSSH or PEM, without a passphrase) and the known_hosts file that must
     * name the server's host key: an unknown or changed host key is refused, never accepted on first use.
     */
    record SshKey(Path privateKeyFile, Path knownHostsFile) implements GitAuth {
        public SshKey {
            Objects.requireNonNull(privateKeyFile, "privateKeyFile");
            Objects.requireNonNull(knownHostsFile, "knownHostsFile");
        }
    }
}
