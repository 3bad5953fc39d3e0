package io.opencenter.installer.gitops.publish;

import static io.opencenter.installer.gitops.publish.GitHttpServer.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file:// repository: made bare on first publish, then published to like any other; the real git reads it. */
class LocalRepositoryTest {

    @TempDir
    Path dir;

    private static SortedMap<String, byte[]> tree(String v) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put("clusters/demo/kustomization.yaml", (v + "\n").getBytes(StandardCharsets.UTF_8));
        files.put("infrastructure/metallb/helmrelease.yaml", (v + " metallb\n").getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Test
    void theFirstPublishMakesTheBareRepositoryAndTheSecondChangesNothing() throws Exception {
        Path repo = dir.resolve("gitops/demo.git");
        GitTarget target = new GitTarget(repo.toUri().toString(), "main", "", new GitAuth.None());

        assertThat(LocalRepository.createIfMissing(target)).isTrue();
        assertThat(LocalRepository.createIfMissing(target)).isFalse();
        PublishResult first = new GitPublisher(dir.resolve("cache")).publish(target, tree("v1"), "tree");
        PublishResult again = new GitPublisher(dir.resolve("cache")).publish(target, tree("v1"), "tree");

        assertThat(first.changed()).isTrue();
        assertThat(again.changed()).isFalse();
        assertThat(again.commitId()).isEqualTo(first.commitId());
        assertThat(git(repo, "rev-parse", "refs/heads/main").strip()).isEqualTo(first.commitId());
        assertThat(git(repo, "show", "main:infrastructure/metallb/helmrelease.yaml")).isEqualTo("v1 metallb\n");
        assertThat(git(repo, "rev-parse", "--is-bare-repository").strip()).isEqualTo("true");
    }

    @Test
    void aLocalRepositoryTakesNoCredentialsAndOtherSchemesAreNotLocal() {
        assertThatThrownBy(() -> new GitTarget(dir.toUri().toString(), "main", "",
                new GitAuth.Token(io.opencenter.installer.openstack.Secret.of("t0ken"))))
                .hasMessageContaining("local folder").hasMessageNotContaining("t0ken");
        assertThat(LocalRepository.folderOf("https://git.example.com/org/repo.git")).isEmpty();
        assertThat(LocalRepository.folderOf(dir.toUri().toString())).contains(dir);
    }
}
