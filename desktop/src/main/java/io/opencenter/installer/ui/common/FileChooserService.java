package io.opencenter.installer.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a file. An interface so that tests can answer without a native chooser. */
public interface FileChooserService {
    Optional<Path> chooseFileToOpen(String title, FileType type);

    Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type);
}
