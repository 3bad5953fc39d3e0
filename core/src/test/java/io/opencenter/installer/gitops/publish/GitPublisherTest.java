package io.opencenter.installer.gitops.publish;

import static io.opencenter.installer.gitops.publish.GitHttpServer.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publisher against a real smart-HTTP Git server on 127.0.0.1 ({@code git http-backend}), checked with the real
 * {@code git} CLI: what was pushed is there, the user's own files stay, a same tree makes no commit, a moved branch is
 * reported and never overwritten.
 */
class GitPublisherTest {

    @TempDir
    static Path serverRoot;
    private static GitHttpServer server;
    private static final AtomicInteger REPOS = new AtomicInteger();

    @TempDir
    Path work;

    @BeforeAll
    static void startServer() throws IOException {
        server = GitHttpServer.start(serverRoot, null);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void firstPublishCreatesTheBranchAndTheRealGitSeesTheTree() throws Exception {
        String repo = newRepo();
        GitTarget target = new GitTarget(server.url(repo), "main", "", new GitAuth.None());

        PublishResult result = new GitPublisher(work.resolve("cache")).publish(target, tree("v1"), "GitOps tree");

        assertThat(result.changed()).isTrue();
        assertThat(result.filesChanged()).isEqualTo(4);
        Path clone = cloneOf(repo);
        assertThat(Files.readString(clone.resolve("clusters/demo/flux-system/kustomization.yaml")))
                .isEqualTo("v1 flux\n");
        assertThat(Files.readString(clone.resolve(".sops.yaml"))).isEqualTo("creation_rules: []\n");
        assertThat(git(clone, "log", "--format=%H|%an|%s")).isEqualTo(result.commitId()
                + "|openCenter Installer|GitOps tree\n");
        assertThat(git(clone, "ls-files").lines()).containsExactly(".sops.yaml", "apps/sample/route.yaml",
                "clusters/demo/flux-system/kustomization.yaml", "infrastructure/cert-manager/release.yaml");
    }

    @Test
    void theSameTreeTwiceMakesNoSecondCommitAndAChangeMakesOne() throws Exception {
        String repo = newRepo();
        GitTarget target = new GitTarget(server.url(repo), "main", "", new GitAuth.None());
        GitPublisher publisher = new GitPublisher(work.resolve("cache"));

        PublishResult first = publisher.publish(target, tree("v1"), "first");
        PublishResult again = new GitPublisher(work.resolve("cache")).publish(target, tree("v1"), "again");
        PublishResult changed = publisher.publish(target, tree("v2"), "second");

        assertThat(again.changed()).isFalse();
        assertThat(again.filesChanged()).isZero();
        assertThat(again.commitId()).isEqualTo(first.commitId());
        assertThat(changed.changed()).isTrue();
        assertThat(changed.filesChanged()).isEqualTo(1);
        assertThat(git(server.bare(repo), "rev-list", "--count", "main").strip()).isEqualTo("2");
        assertThat(git(server.bare(repo), "rev-parse", "main").strip()).isEqualTo(changed.commitId());
    }

    @Test
    void replacesOnlyTheManagedPathsAndKeepsTheUsersFilesAndHistory() throws Exception {
        String repo = newRepo();
        Path user = work.resolve("user");
        Files.createDirectories(user);
        git(user, "init", "-q", "-b", "main");
        write(user, "README.md", "the user's readme\n");
        write(user, "clusters/other/kustomization.yaml", "another cluster\n");
        write(user, "infrastructure/old-service/stale.yaml", "generated once, gone now\n");
        write(user, "clusters/demo/stale.yaml", "ours, gone now\n");
        git(user, "add", "-A");
        git(user, "commit", "-q", "-m", "the user's commit");
        git(user, "push", "-q", server.url(repo), "main");
        String userCommit = git(user, "rev-parse", "HEAD").strip();

        PublishResult result = new GitPublisher(work.resolve("cache")).publish(
                new GitTarget(server.url(repo), "main", "", new GitAuth.None()), tree("v1"), "GitOps tree");

        Path clone = cloneOf(repo);
        assertThat(git(clone, "ls-files").lines()).containsExactly(".sops.yaml", "README.md",
                "apps/sample/route.yaml", "clusters/demo/flux-system/kustomization.yaml",
                "clusters/other/kustomization.yaml", "infrastructure/cert-manager/release.yaml");
        assertThat(Files.readString(clone.resolve("README.md"))).isEqualTo("the user's readme\n");
        // 4 added, 2 removed; the user's commit is the parent: nothing rewritten
        assertThat(result.filesChanged()).isEqualTo(6);
        assertThat(git(clone, "rev-parse", "HEAD^").strip()).isEqualTo(userCommit);
    }

    @Test
    void aGitOpsPathKeepsTheTreeInItsFolder() throws Exception {
        String repo = newRepo();
        Path user = work.resolve("user");
        Files.createDirectories(user);
        git(user, "init", "-q", "-b", "main");
        write(user, "infrastructure/terraform.tf", "the user's own infrastructure folder\n");
        git(user, "add", "-A");
        git(user, "commit", "-q", "-m", "user");
        git(user, "push", "-q", server.url(repo), "main");

        new GitPublisher(work.resolve("cache")).publish(
                new GitTarget(server.url(repo), "main", "./fleet/prod/", new GitAuth.None()), tree("v1"), "tree");

        assertThat(git(cloneOf(repo), "ls-files").lines()).containsExactly("fleet/prod/.sops.yaml",
                "fleet/prod/apps/sample/route.yaml", "fleet/prod/clusters/demo/flux-system/kustomization.yaml",
                "fleet/prod/infrastructure/cert-manager/release.yaml", "infrastructure/terraform.tf");
    }

    @Test
    void aBranchThatMovedMeanwhileIsReportedNotOverwrittenAndThePublishAfterBuildsOnIt() throws Exception {
        String repo = newRepo();
        GitTarget target = new GitTarget(server.url(repo), "main", "", new GitAuth.None());
        GitPublisher publisher = new GitPublisher(work.resolve("cache"));
        publisher.publish(target, tree("v1"), "first");

        GitPublisher.Prepared prepared = publisher.prepare(target, tree("v2"), "second");
        Path user = cloneOf(repo);
        write(user, "NOTES.md", "pushed while the installer worked\n");
        git(user, "add", "-A");
        git(user, "commit", "-q", "-m", "meanwhile");
        git(user, "push", "-q", "origin", "main");
        String theirs = git(user, "rev-parse", "HEAD").strip();

        assertThatThrownBy(() -> publisher.push(target, prepared))
                .isInstanceOfSatisfying(GitPublishException.class, e -> {
                    assertThat(e.reason()).isEqualTo(GitPublishException.Reason.NON_FAST_FORWARD);
                    assertThat(e.getMessage()).contains(server.url(repo), "branch main", "run the publish again");
                });
        assertThat(git(server.bare(repo), "rev-parse", "main").strip()).isEqualTo(theirs);

        PublishResult after = publisher.publish(target, tree("v2"), "second");
        Path clone = cloneOf(repo);
        assertThat(git(clone, "rev-parse", "HEAD^").strip()).isEqualTo(theirs);
        assertThat(clone.resolve("NOTES.md")).exists();
        assertThat(after.filesChanged()).isEqualTo(1);
    }

    @Test
    void anotherBranchIsCreatedBesideTheUsersMain() throws Exception {
        String repo = newRepo();
        Path user = work.resolve("user");
        Files.createDirectories(user);
        git(user, "init", "-q", "-b", "main");
        write(user, "README.md", "main\n");
        git(user, "add", "-A");
        git(user, "commit", "-q", "-m", "user");
        git(user, "push", "-q", server.url(repo), "main");
        String main = git(server.bare(repo), "rev-parse", "main").strip();

        PublishResult r = new GitPublisher(work.resolve("cache")).publish(
                new GitTarget(server.url(repo), "flux/demo", "", new GitAuth.None()), tree("v1"), "tree");

        assertThat(git(server.bare(repo), "rev-parse", "main").strip()).isEqualTo(main);
        assertThat(git(server.bare(repo), "rev-parse", "flux/demo").strip()).isEqualTo(r.commitId());
    }

    @Test
    void aRepositoryThatIsNotThereIsNamed() {
        String url = server.url(newRepo()).replace(".git", "-missing"); // not a repository path: 404 on both
        assertThatThrownBy(() -> new GitPublisher(work).publish(new GitTarget(url, "main", "", new GitAuth.None()),
                tree("v1"), "m"))
                .isInstanceOfSatisfying(GitPublishException.class, e -> {
                    assertThat(e.reason()).isEqualTo(GitPublishException.Reason.NOT_FOUND);
                    assertThat(e.getMessage()).contains(url, "not found", "create the repository");
                });
    }

    @Test
    void aServerThatDoesNotAnswerIsNamed() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/gone.git";
        assertThatThrownBy(() -> new GitPublisher(work).publish(new GitTarget(url, "main", "", new GitAuth.None()),
                tree("v1"), "m"))
                .isInstanceOfSatisfying(GitPublishException.class, e -> {
                    assertThat(e.reason()).isEqualTo(GitPublishException.Reason.UNREACHABLE);
                    assertThat(e.getMessage()).contains(url, "cannot be reached", "host and port");
                });
    }

    static SortedMap<String, byte[]> tree(String version) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put(".sops.yaml", bytes("creation_rules: []\n"));
        files.put("clusters/demo/flux-system/kustomization.yaml", bytes(version + " flux\n"));
        files.put("infrastructure/cert-manager/release.yaml", bytes("cert-manager\n"));
        files.put("apps/sample/route.yaml", bytes("route\n"));
        return files;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String newRepo() {
        return "repo-" + REPOS.incrementAndGet();
    }

    private Path cloneOf(String repo) throws Exception {
        Path dir = Files.createTempDirectory(work, "clone");
        git(dir, "clone", "-q", server.url(repo), "c");
        return dir.resolve("c");
    }

    private static void write(Path dir, String path, String content) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
    }
}
