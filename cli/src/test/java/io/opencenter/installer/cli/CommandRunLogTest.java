package io.opencenter.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import io.opencenter.installer.workspace.FileLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The process's command line logs into its workspace: which command ran and how it ended, not its values. */
class CommandRunLogTest {
    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        FileLog.stop();
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("io.opencenter.installer").setLevel(null);
    }

    @Test
    void theCommandLineOfTheProcessLogsStartAndExitCodeIntoTheWorkspace() throws IOException {
        Path ws = dir.resolve("ws");
        Path config = Path.of("examples", "sandbox-cluster.yaml").toAbsolutePath();

        int exit = InstallerCommand.run("--workspace", ws.toString(), "validate", "-f", config.toString());
        FileLog.stop();

        String log = Files.readString(ws.resolve("logs").resolve(FileLog.FILE));
        assertThat(log).contains("command opencenter-installer validate started (options --workspace --file)")
                .contains("command opencenter-installer validate ended with exit code " + exit)
                .doesNotContain(config.toString()).doesNotContain(ws.toString());
    }

    @Test
    void helpAndVersionCreateNoWorkspace() {
        Path ws = dir.resolve("ws");

        InstallerCommand.run("--workspace", ws.toString(), "--version");
        InstallerCommand.run("--workspace", ws.toString(), "validate", "--help");
        InstallerCommand.run("--workspace", ws.toString(), "help", "validate");

        assertThat(ws).doesNotExist();
    }

    @Test
    void testsThatPassTheirOwnStreamsGetNoLogFile() {
        Path ws = dir.resolve("ws");

        ValidateCommandTest.run("--workspace", ws.toString(), "support-bundle", "--help");

        assertThat(ws.resolve("logs")).doesNotExist();
    }
}
