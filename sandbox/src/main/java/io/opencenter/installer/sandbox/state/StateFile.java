package io.opencenter.installer.sandbox.state;

import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.workspace.Folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The optional JSON file that lets the simulated cloud survive a restart. Written to a sibling temp file and
 * moved over the old one, so a crash mid-write never leaves a truncated state behind.
 */
public final class StateFile {
    private final Path path;

    public StateFile(Path path) {
        this.path = path;
    }

    public boolean exists() {
        return Files.isRegularFile(path);
    }

    public CloudState load() {
        try {
            return Json.MAPPER.readValue(path.toFile(), CloudState.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sandbox state " + path, e);
        }
    }

    public void save(CloudState state) {
        try {
            Path dir = path.toAbsolutePath().getParent();
            Folders.create(dir);
            Path tmp = Files.createTempFile(dir, path.getFileName().toString(), ".tmp");
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), state);
            try {
                Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sandbox state " + path, e);
        }
    }
}
