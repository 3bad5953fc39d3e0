package io.opencenter.installer.ui.common;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one failure host services would hide: a folder that is not there is reported, not passed on. */
class FxDesktopServiceTest {
    @TempDir
    Path tmp;

    @Test
    void aMissingFolderFailsWithItsPathInsteadOfReachingTheOs() {
        Path missing = tmp.resolve("logs");
        // no host services: a call through to the OS would fail with a NullPointerException instead
        assertThatThrownBy(() -> new FxDesktopService(null).open(missing))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining(missing.toString());
    }

    @Test
    void aFileIsNoFolder() throws Exception {
        Path file = Files.writeString(tmp.resolve("app.log"), "x");
        assertThatThrownBy(() -> new FxDesktopService(null).open(file)).isInstanceOf(NoSuchFileException.class);
    }
}
