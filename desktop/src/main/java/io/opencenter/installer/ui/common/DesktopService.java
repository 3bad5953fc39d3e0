package io.opencenter.installer.ui.common;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Hands a folder to the operating system's file manager. An interface so tests record the folder instead of
 * starting a file manager on the build machine.
 */
public interface DesktopService {
    /** Opens {@code folder}, which must exist; throws when it cannot be handed over. */
    void open(Path folder) throws IOException;

    /** For builds and tests without a desktop: every open fails with a message saying so. */
    static DesktopService unavailable() {
        return folder -> {
            throw new IOException("no desktop integration in this build");
        };
    }
}
