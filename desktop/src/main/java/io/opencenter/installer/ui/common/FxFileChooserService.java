package io.opencenter.installer.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The native JavaFX file chooser; remembers the last folder so repeated saves land next to each other. */
public final class FxFileChooserService implements FileChooserService {
    private final Supplier<Window> owner;
    private final ResourceBundle bundle;
    private File lastDirectory;

    public FxFileChooserService(Supplier<Window> owner, ResourceBundle bundle, Path initialDirectory) {
        this.owner = owner;
        this.bundle = bundle;
        this.lastDirectory = initialDirectory == null ? null : initialDirectory.toFile();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType type) {
        File file = chooser(title, type).showOpenDialog(owner.get());
        return remember(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
        FileChooser chooser = chooser(title, type);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get())).map(file -> withExtension(file.toPath(), type));
    }

    static Path withExtension(Path path, FileType type) {
        String name = path.getFileName().toString();
        return name.contains(".") ? path : path.resolveSibling(name + type.extension());
    }

    private FileChooser chooser(String title, FileType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(bundle.getString(type.descriptionKey()), type.patterns()));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        return chooser;
    }

    private Optional<File> remember(File file) {
        if (file != null) {
            lastDirectory = file.getParentFile();
        }
        return Optional.ofNullable(file);
    }
}
