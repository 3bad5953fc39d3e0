package io.opencenter.installer.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cluster's console logs: console/&lt;server&gt;.log, owner-only, nothing outside the folder. */
class ClusterFilesTest {
    @TempDir
    Path tmp;

    @Test
    void aConsoleLogIsSavedOwnerOnlyInTheConsoleFolderAndReplacedLater() throws Exception {
        ClusterFiles files = ClusterFiles.of(new Workspace(tmp.resolve("ws")), "demo");
        assertThat(files.savedConsoleLogs()).isEmpty();

        Path saved = files.saveConsoleLog("demo-control-plane-2", "first boot\n");
        files.saveConsoleLog("demo-control-plane-2", "second boot\n");
        files.saveConsoleLog("demo-default-1", "login: ");

        assertThat(saved).isEqualTo(tmp.resolve("ws").resolve("clusters/demo/console/demo-control-plane-2.log")
                .toAbsolutePath()).hasContent("second boot");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(saved))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.consoleLogs())))
                .isEqualTo("rwx------");
        assertThat(files.savedConsoleLogs()).extracting(p -> p.getFileName().toString())
                .containsExactly("demo-control-plane-2.log", "demo-default-1.log");
    }

    @Test
    void namesThatAreNoServerNamesAreRefused() {
        ClusterFiles files = new ClusterFiles(tmp);
        for (String bad : new String[] {"../cluster", "a/b", "Upper", "", "-lead", "trail-", ".hidden"}) {
            assertThatThrownBy(() -> files.consoleLog(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> files.consoleLog(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(files.consoleLog("demo-control-plane-1")).isEqualTo(tmp.resolve("console/demo-control-plane-1.log"));
    }
}
