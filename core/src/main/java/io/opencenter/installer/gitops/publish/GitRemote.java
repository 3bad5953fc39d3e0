package io.opencenter.installer.gitops.publish;

import io.opencenter.installer.net.DestinationPolicy;
import io.opencenter.installer.net.HttpClients;
import io.opencenter.installer.workspace.Folders;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.HttpTransport;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One publish's connection settings for the target: the credentials (a token as basic auth, wiped on close), an ssh
 * session factory that uses only the given key and known_hosts (not the user's ~/.ssh config), the timeout, and the
 * destination check. Each JGit operation opens its own {@link Transport} from here.
 */
final class GitRemote implements AutoCloseable {

    /** Seconds JGit waits on a silent connection before giving up. */
    static final int TIMEOUT_SECONDS = 60;

    static {
        // JGit has one HTTP connection factory per JVM: the guarded one, so the test loopback rule holds for git too
        HttpTransport.setConnectionFactory(HttpClients.jgit());
    }

    private final GitTarget target;
    private final URIish uri;
    private final CredentialsProvider credentials;
    private final SshdSessionFactory ssh;

    private GitRemote(GitTarget target, URIish uri, CredentialsProvider credentials, SshdSessionFactory ssh) {
        this.target = target;
        this.uri = uri;
        this.credentials = credentials;
        this.ssh = ssh;
    }

    /** @param sshHome a folder of the workspace the ssh client may use as its home (it writes nothing there) */
    static GitRemote open(GitTarget target, Path sshHome) {
        URIish uri;
        try {
            uri = new URIish(target.url().strip());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("GitTarget checked the URL", e);
        }
        CredentialsProvider credentials = null;
        SshdSessionFactory ssh = null;
        if (target.auth() instanceof GitAuth.Token t) {
            // the provider keeps this copy (not its own): close() wipes it through the provider's clear()
            credentials = new UsernamePasswordCredentialsProvider(GitAuth.Token.USERNAME, t.token().reveal());
        } else if (target.auth() instanceof GitAuth.SshKey k) {
            ssh = sshFactory(target, k, sshHome);
        }
        return new GitRemote(target, uri, credentials, ssh);
    }

    /** A transport for one operation on {@code repo}, configured for the target. */
    Transport transport(Repository repo) throws IOException {
        if (target.isSsh()) {
            checkSshDestination();
        }
        Transport t = Transport.open(repo, uri);
        t.setTimeout(TIMEOUT_SECONDS);
        if (credentials != null) {
            t.setCredentialsProvider(credentials);
        }
        if (ssh != null && t instanceof SshTransport s) {
            s.setSshSessionFactory(ssh);
        }
        return t;
    }

    @Override
    public void close() {
        if (credentials instanceof UsernamePasswordCredentialsProvider p) {
            p.clear();
        }
        if (ssh != null) {
            ssh.close();
        }
    }

    /** ssh goes through Apache MINA's own sockets, not an HTTP client: the loopback rule is checked here. */
    private void checkSshDestination() throws IOException {
        DestinationPolicy policy = DestinationPolicy.current();
        if (policy == DestinationPolicy.ANY) {
            return;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 22;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return; // nothing to dial; the ssh client reports the unknown host
        }
        for (InetAddress a : addresses) {
            policy.check(new InetSocketAddress(a, port), "ssh to " + target.displayUrl() + ", JGit");
        }
    }

    private static SshdSessionFactory sshFactory(GitTarget target, GitAuth.SshKey key, Path sshHome) {
        for (Path file : List.of(key.privateKeyFile(), key.knownHostsFile())) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new GitPublishException(GitPublishException.Reason.INVALID_TARGET, "cannot read " + file
                        + " for ssh to " + target.displayUrl() + ": give an existing private key file and a "
                        + "known_hosts file that names the server's host key (ssh-keyscan HOST >> known_hosts)");
            }
        }
        try {
            Folders.create(sshHome);
        } catch (IOException e) {
            throw new GitPublishException(GitPublishException.Reason.LOCAL_IO, "cannot create " + sshHome
                    + " for the ssh client: " + e.getMessage(), e);
        }
        Path absent = sshHome.resolve("config-not-used");
        return new SshdSessionFactoryBuilder()
                .setHomeDirectory(sshHome.toFile())
                .setSshDirectory(sshHome.toFile())
                // the given key and known_hosts only: the user's ~/.ssh/config and agent stay out of it
                .setConfigFile(home -> absent.toFile())
                .setConfigStoreFactory((home, config, user) -> null)
                .setDefaultIdentities(dir -> List.of(key.privateKeyFile()))
                .setDefaultKnownHostsFiles(dir -> List.of(key.knownHostsFile()))
                .setPreferredAuthentications("publickey")
                .setConnectorFactory(null)
                .build(null);
    }
}
