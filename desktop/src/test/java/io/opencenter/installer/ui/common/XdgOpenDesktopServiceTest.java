package io.opencenter.installer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Linux opener runs a real process (a stand-in script for xdg-open) and reports its exit status. */
class XdgOpenDesktopServiceTest {

    @TempDir
    Path dir;

    /** A stand-in that writes its arguments to {@code args.txt} and exits with {@code status}. */
    private Path standIn(int status) throws IOException {
        Path script = dir.resolve("fake-xdg-open");
        Files.writeString(script, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + dir.resolve("args.txt") + "'\nexit "
                + status + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    void theFolderIsHandedToTheOpener() throws IOException {
        Path logs = Files.createDirectories(dir.resolve("my logs"));
        new XdgOpenDesktopService(List.of(standIn(0).toString())).open(logs);
        assertThat(Files.readAllLines(dir.resolve("args.txt"))).containsExactly(logs.toString());
    }

    @Test
    void aFailedOpenerIsReportedWithItsReason() throws IOException {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        XdgOpenDesktopService desktop = new XdgOpenDesktopService(List.of(standIn(4).toString()));
        assertThatThrownBy(() -> desktop.open(logs)).isInstanceOf(IOException.class)
                .hasMessageEndingWith("exited with 4 (no application could open the folder)");
    }

    @Test
    void aMissingOpenerSaysWhichPackageBringsIt() {
        Path logs = dir;
        XdgOpenDesktopService desktop = new XdgOpenDesktopService(List.of(dir.resolve("no-such-opener").toString()));
        assertThatThrownBy(() -> desktop.open(logs)).isInstanceOf(IOException.class)
                .hasMessageContaining("could not be started").hasMessageContaining("xdg-utils");
    }

    @Test
    void aMissingFolderIsNotHandedOver() throws IOException {
        Path script = standIn(0);
        Path missing = dir.resolve("gone");
        assertThatThrownBy(() -> new XdgOpenDesktopService(List.of(script.toString())).open(missing))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining(missing.toString());
        assertThat(dir.resolve("args.txt")).doesNotExist();
    }
}
