package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.ui.common.DesktopService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers the folders the wizard handed to the file manager; fails like a desktop without one when told to. */
final class RecordingDesktop implements DesktopService {
    final List<Path> opened = new CopyOnWriteArrayList<>();
    volatile boolean failing;

    @Override
    public void open(Path folder) throws IOException {
        if (failing) {
            throw new IOException("no file manager");
        }
        opened.add(folder);
    }
}
