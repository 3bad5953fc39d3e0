package io.opencenter.installer.gitops.publish;

import static io.opencenter.installer.gitops.publish.GitHttpServer.git;
import static io.opencenter.installer.gitops.publish.GitPublisherTest.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opencenter.installer.net.DestinationRefusedException;
import io.opencenter.installer.net.LoopbackViolations;
import io.opencenter.installer.openstack.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials against a real Git server that requires a token (git-http.py with GIT_HTTP_TOKEN): a wrong or missing
 * token is refused with a clear error, the right one pushes, and the token is never in a message, the URL or any
 * file of the clone cache. Also the loopback rule: JGit's HTTP goes through the guarded connection factory.
 */
class GitPublisherAuthTest {

    private static final String TOKEN = "tok-" + UUID.randomUUID();

    @TempDir
    static Path serverRoot;
    private static GitHttpServer server;

    @TempDir
    Path work;

    @BeforeAll
    static void startServer() throws IOException {
        server = GitHttpServer.start(serverRoot, TOKEN);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theRightTokenPushesAndIsInNoFileOfTheCache() throws Exception {
        GitTarget target = new GitTarget(server.url("private"), "main", "", new GitAuth.Token(Secret.of(TOKEN)));

        PublishResult r = new GitPublisher(work).publish(target, tree("v1"), "tree");
        PublishResult again = new GitPublisher(work).publish(target, tree("v1"), "tree");

        assertThat(r.changed()).isTrue();
        assertThat(again.changed()).isFalse();
        assertThat(git(server.bare("private"), "log", "--format=%H %an", "main").strip())
                .isEqualTo(r.commitId() + " openCenter Installer");
        assertThat(target.toString()).doesNotContain(TOKEN);
        List<Path> cacheFiles;
        try (Stream<Path> s = Files.walk(work)) {
            cacheFiles = s.filter(Files::isRegularFile).toList();
        }
        assertThat(cacheFiles).anyMatch(p -> p.endsWith("config"));
        for (Path f : cacheFiles) {
            assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as("%s", f)
                    .doesNotContain(TOKEN);
        }
    }

    @Test
    void aWrongTokenIsRefusedWithTheRepositoryNamedAndTheTokenNot() {
        String wrong = "wrong-" + UUID.randomUUID();
        GitTarget target = new GitTarget(server.url("private2"), "main", "", new GitAuth.Token(Secret.of(wrong)));

        assertThatThrownBy(() -> new GitPublisher(work).publish(target, tree("v1"), "tree"))
                .isInstanceOfSatisfying(GitPublishException.class, e -> {
                    assertThat(e.reason()).isEqualTo(GitPublishException.Reason.AUTH_REFUSED);
                    assertThat(e.getMessage()).contains(server.url("private2"), "branch main",
                            "refused the credentials", "token is valid").doesNotContain(wrong);
                });
        assertThat(server.bare("private2")).doesNotExist();
    }

    @Test
    void noTokenWhereOneIsNeededSaysToGiveOne() {
        GitTarget target = new GitTarget(server.url("private3"), "main", "", new GitAuth.None());
        assertThatThrownBy(() -> new GitPublisher(work).publish(target, tree("v1"), "tree"))
                .isInstanceOfSatisfying(GitPublishException.class, e -> {
                    assertThat(e.reason()).isEqualTo(GitPublishException.Reason.AUTH_REFUSED);
                    assertThat(e.getMessage()).contains(server.url("private3"), "give an access token");
                });
    }

    @Test
    void aTokenInTheUrlIsRefusedBeforeAnyConnectionAndNotEchoed() {
        String url = server.url("private4").replace("http://", "http://git:" + TOKEN + "@");
        assertThatThrownBy(() -> new GitTarget(url, "main", "", new GitAuth.None()))
                .isInstanceOfSatisfying(GitPublishException.class, e -> {
                    assertThat(e.reason()).isEqualTo(GitPublishException.Reason.INVALID_TARGET);
                    assertThat(e.getMessage()).contains(server.url("private4"), "carries credentials")
                            .doesNotContain(TOKEN);
                });
    }

    @Test
    void jgitsHttpIsHeldToTheLoopbackRule() {
        // a documentation address (never routed): refused before any connection, and named
        GitTarget target = new GitTarget("https://203.0.113.10/org/repo.git", "main", "",
                new GitAuth.Token(Secret.of(TOKEN)));
        assertThatThrownBy(() -> new GitPublisher(work).publish(target, tree("v1"), "tree"))
                .isInstanceOfSatisfying(GitPublishException.class, e -> {
                    assertThat(e.reason()).isEqualTo(GitPublishException.Reason.UNREACHABLE);
                    assertThat(e.getMessage()).contains("203.0.113.10:443", "loopback").doesNotContain(TOKEN);
                });
        assertThat(LoopbackViolations.drain()).singleElement()
                .isInstanceOf(DestinationRefusedException.class);
    }

    @Test
    void badTargetsAreRefusedWithTheFieldToFix() {
        assertThatThrownBy(() -> new GitTarget(server.url("x"), "main..x", "", new GitAuth.None()))
                .hasMessageContaining("not a valid Git branch name");
        assertThatThrownBy(() -> new GitTarget(server.url("x"), "main", "../up", new GitAuth.None()))
                .hasMessageContaining("GitOps path");
        assertThatThrownBy(() -> new GitTarget("ftp://127.0.0.1/x.git", "main", "", new GitAuth.None()))
                .hasMessageContaining("not https://, http://, ssh:// or file://");
        assertThatThrownBy(() -> new GitTarget(server.url("x"), "main", "", new GitAuth.SshKey(Path.of("k"),
                Path.of("kh")))).hasMessageContaining("is https but the auth is an ssh key");
        assertThat(GitTarget.redact("https://user:s3cr3t@host/x.git")).isEqualTo("https://host/x.git");
        assertThat(GitTarget.redact("ssh://git@host/x.git")).isEqualTo("ssh://git@host/x.git");
        assertThat(GitTarget.redact("git@host:org/x.git")).isEqualTo("git@host:org/x.git");
    }
}
