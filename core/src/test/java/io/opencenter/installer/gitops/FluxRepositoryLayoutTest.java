package io.opencenter.installer.gitops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tree's layout for one config, and the inputs the generator refuses. */
class FluxRepositoryLayoutTest {

    @Test
    void dump(@TempDir Path dir) throws Exception {
        var config = RepoFixtures.config("openstack", List.of());
        var secrets = PlatformSecrets.loadOrCreate(dir).secretFiles(config, RepoFixtures.CATALOG);
        RepoTree tree = FluxRepository.generate(RepoFixtures.inputs(config, secrets), new RepoFixtures.RecordingSealer());
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "gitops-dump");
        tree.files().forEach((p, b) -> {
            try {
                Files.createDirectories(out.resolve(p).getParent());
                Files.write(out.resolve(p), b);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        assertThat(tree.files()).isNotEmpty();
    }
}
