package io.opencenter.installer.provision.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Figures the reliability tests keep for the closing note: {@code target/reliability/<name>.json}. */
final class Reports {

    private Reports() {}

    static Path dir() {
        return Path.of(System.getProperty("reliability.dir", "target/reliability"));
    }

    static Path write(String name, Object document) {
        Path out = dir().resolve(name + ".json");
        try {
            Files.createDirectories(out.getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(out.toFile(), document);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh folder for one test's child logs, kept after the run for whoever reads a failure. */
    static Path logDir(String name) {
        Path d = dir().resolve(name);
        try {
            if (Files.exists(d)) {
                try (var files = Files.list(d)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
            }
            Files.createDirectories(d);
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
