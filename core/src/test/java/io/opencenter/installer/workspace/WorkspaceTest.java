package io.opencenter.installer.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void optionBeatsEnvironmentBeatsOsDefault() {
        Map<String, String> env = Map.of(Workspace.ENV, "/srv/env-ws");
        assertThat(Workspace.resolve(Path.of("/srv/opt-ws"), env, "Linux", HOME).root()).isEqualTo(Path.of("/srv/opt-ws"));
        assertThat(Workspace.resolve(null, env, "Linux", HOME).root()).isEqualTo(Path.of("/srv/env-ws"));
        assertThat(Workspace.resolve(null, Map.of(), "Linux", HOME).root())
                .isEqualTo(Path.of("/home/ada/.local/share/opencenter-installer"));
    }

    @Test
    void osConventions() {
        assertThat(Workspace.osDefault(Map.of("XDG_DATA_HOME", "/x"), "Linux", HOME))
                .isEqualTo(Path.of("/x/opencenter-installer"));
        assertThat(Workspace.osDefault(Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/ada/Library/Application Support/opencenter-installer"));
        assertThat(Workspace.osDefault(Map.of("APPDATA", "/appdata"), "Windows 11", HOME))
                .isEqualTo(Path.of("/appdata/opencenter-installer"));
    }

    @Test
    void createdOwnerOnly(@TempDir Path tmp) throws Exception {
        Path root = new Workspace(tmp.resolve("ws")).ensureExists();
        assertThat(Files.isDirectory(root)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root))).isEqualTo("rwx------");
    }
}
