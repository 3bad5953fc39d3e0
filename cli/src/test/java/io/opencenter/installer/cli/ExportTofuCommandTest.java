package io.opencenter.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.ClusterSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTofuCommandTest {
    @TempDir
    Path home;

    @Test
    void writesTheFourFilesOfTheModule() throws IOException {
        Path config = CloudCli.writeConfig(home, "c.yaml", ClusterConfigs.sandboxDefault());
        Path dir = home.resolve("tofu");
        CloudCli.Run r = CloudCli.run(home, "export", "tofu", "-f", config.toString(), "-o", dir.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("wrote versions.tf, variables.tf, main.tf, outputs.tf to " + dir)
                .contains("resources of cluster demo")
                .contains("note: the config names the Sandbox");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("versions.tf", "variables.tf", "main.tf", "outputs.tf");
        }
        assertThat(Files.readString(dir.resolve("main.tf")))
                .contains("resource \"openstack_compute_instance_v2\" \"server_default_2\"")
                .contains("\"opencenter-cluster=demo\"");
    }

    @Test
    void aConfigWithErrorsExitsTwoAndWritesNothing() throws IOException {
        ClusterConfig c = ClusterConfigs.sandboxDefault();
        ClusterSpec s = c.spec();
        ClusterSpec bad = new ClusterSpec(s.cloud(), s.kubernetes(), s.network(),
                new ClusterSpec.ControlPlane(2, "m1.large", "ubuntu-24.04", 40), s.workerPools(), s.sshPublicKeyFile(),
                s.platform(), s.provisioning(), s.offline());
        Path config = CloudCli.writeConfig(home, "bad.yaml", new ClusterConfig(c.apiVersion(), c.kind(), c.metadata(), bad));
        Path dir = home.resolve("tofu");
        CloudCli.Run r = CloudCli.run(home, "export", "tofu", "-f", config.toString(), "-o", dir.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("ERROR spec.controlPlane.count");
        assertThat(dir).doesNotExist();
    }

    @Test
    void theOutputFolderIsRequired() throws IOException {
        Path config = CloudCli.writeConfig(home, "c.yaml", ClusterConfigs.sandboxDefault());
        CloudCli.Run r = CloudCli.run(home, "export", "tofu", "-f", config.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("Missing required option: '--out=DIR'");
    }

    @Test
    void anExistingFileAsTheOutputFolderIsExitOneSayingItIsAFile() throws IOException {
        Path config = CloudCli.writeConfig(home, "c.yaml", ClusterConfigs.sandboxDefault());
        Path file = Files.writeString(home.resolve("main.tf"), "keep me");
        CloudCli.Run r = CloudCli.run(home, "export", "tofu", "-f", config.toString(), "-o", file.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("error: cannot write the module to " + file + ": " + file
                + " is a file, not a folder").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void missingFoldersAreCreatedOwnerOnly() throws IOException {
        Path config = CloudCli.writeConfig(home, "c.yaml", ClusterConfigs.sandboxDefault());
        Path dir = home.resolve("out/tofu");
        CloudCli.Run r = CloudCli.run(home, "export", "tofu", "-f", config.toString(), "-o", dir.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        for (Path p : new Path[] {home.resolve("out"), dir}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).isEqualTo("rwx------");
        }
    }
}
