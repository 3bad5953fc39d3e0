package io.opencenter.installer.gitops.publish;

import static io.opencenter.installer.gitops.publish.GitHttpServer.git;
import static io.opencenter.installer.gitops.publish.GitPublisherTest.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing over ssh to Debian's real OpenSSH server on 127.0.0.1 (a key pair and host key made by the real
 * ssh-keygen): the authorized key pushes, another key is refused, and a host key missing from known_hosts is refused
 * rather than trusted on first use.
 */
class GitPublisherSshTest {

    @TempDir
    static Path dir;
    private static SshServer sshd;
    private static Path clientKey;
    private static Path knownHosts;

    @TempDir
    Path work;

    @BeforeAll
    static void startSshd() throws IOException, InterruptedException {
        clientKey = SshServer.keyPair(dir, "client_ed25519");
        sshd = SshServer.start(dir, clientKey.resolveSibling("client_ed25519.pub"));
        knownHosts = sshd.knownHosts(dir.resolve("known_hosts"));
    }

    @AfterAll
    static void stopSshd() {
        if (sshd != null) {
            sshd.close();
        }
    }

    @Test
    void theAuthorizedKeyPushesAndTheRealGitSeesIt() throws Exception {
        Path bare = emptyBare("ssh-ok");
        GitTarget target = new GitTarget(sshd.url(bare), "main", "", new GitAuth.SshKey(clientKey, knownHosts));

        PublishResult r = new GitPublisher(work).publish(target, tree("v1"), "over ssh");

        assertThat(r.changed()).isTrue();
        assertThat(git(bare, "log", "--format=%H %an %s", "main").strip())
                .isEqualTo(r.commitId() + " openCenter Installer over ssh");
        assertThat(git(bare, "show", "main:clusters/demo/flux-system/kustomization.yaml")).isEqualTo("v1 flux\n");
    }

    @Test
    void aKeyTheServerDoesNotKnowIsRefused() throws Exception {
        Path other = SshServer.keyPair(work, "other_ed25519");
        GitTarget target = new GitTarget(sshd.url(emptyBare("ssh-key")), "main", "",
                new GitAuth.SshKey(other, knownHosts));
        assertThatThrownBy(() -> new GitPublisher(work).publish(target, tree("v1"), "m"))
                .isInstanceOfSatisfying(GitPublishException.class, e -> {
                    assertThat(e.reason()).isEqualTo(GitPublishException.Reason.AUTH_REFUSED);
                    assertThat(e.getMessage()).contains(target.url(), "other_ed25519");
                });
    }

    @Test
    void anUnknownHostKeyIsRefusedNotTrustedOnFirstUse() throws Exception {
        Path empty = Files.writeString(work.resolve("known_hosts"), "");
        GitTarget target = new GitTarget(sshd.url(emptyBare("ssh-host")), "main", "",
                new GitAuth.SshKey(clientKey, empty));
        assertThatThrownBy(() -> new GitPublisher(work).publish(target, tree("v1"), "m"))
                .isInstanceOfSatisfying(GitPublishException.class, e -> {
                    assertThat(e.reason()).isEqualTo(GitPublishException.Reason.AUTH_REFUSED);
                    assertThat(e.getMessage()).contains(target.url(), "known_hosts");
                });
        assertThat(Files.readString(empty)).isEmpty();
    }

    private Path emptyBare(String name) throws Exception {
        Path bare = work.resolve(name + ".git");
        Files.createDirectories(bare);
        git(bare, "init", "-q", "--bare", "-b", "main");
        return bare;
    }
}
