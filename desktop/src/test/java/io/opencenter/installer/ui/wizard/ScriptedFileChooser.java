package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.ui.common.FileChooserService;
import io.opencenter.installer.ui.common.FileType;
import java.nio.file.Path;
import java.util.Optional;

/** Answers file choosers with a path the test set beforehand, the way a user would pick it. */
final class ScriptedFileChooser implements FileChooserService {
    volatile Path nextOpen;
    volatile Path nextSave;
    volatile FileType lastType;
    volatile String lastSuggestedName;

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType type) {
        lastType = type;
        return Optional.ofNullable(nextOpen);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
        lastType = type;
        lastSuggestedName = suggestedName;
        return Optional.ofNullable(nextSave);
    }
}
