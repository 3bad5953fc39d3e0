package io.opencenter.installer.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javafx.application.HostServices;

/**
 * {@link DesktopService} through JavaFX's host services, which pass a {@code file:} URI to the OS (Finder,
 * Explorer); used where there is no xdg-open ({@link XdgOpenDesktopService}). Host services report no failure of
 * the launcher itself, so what can be checked here is checked: that the folder exists.
 */
public final class FxDesktopService implements DesktopService {
    private final HostServices host;

    public FxDesktopService(HostServices host) {
        this.host = host;
    }

    @Override
    public void open(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "not a folder");
        }
        host.showDocument(folder.toUri().toString());
    }
}
