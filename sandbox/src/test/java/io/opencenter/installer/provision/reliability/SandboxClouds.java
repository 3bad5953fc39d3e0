package io.opencenter.installer.provision.reliability;

import io.opencenter.installer.provision.apply.ApplyOptions;
import io.opencenter.installer.sandbox.SandboxCloud;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

/** The clouds.yaml a child JVM reads to reach a sandbox started by the test (entry {@value #NAME}). */
final class SandboxClouds {

    static final String NAME = "sandbox";

    private SandboxClouds() {}

    /**
     * Destroy's timing on a sandbox: its deletes are immediate, so an object still there after a minute will never
     * go (a failed test says so in a minute instead of after the default quarter of an hour).
     */
    static ApplyOptions destroyTiming() {
        return new ApplyOptions(1, true, Duration.ofMillis(50), Duration.ofMillis(500), Duration.ofMinutes(1));
    }

    /** Writes the sandbox's entry owner-only, as a user's clouds.yaml with a password should be. */
    static Path write(SandboxCloud sandbox, Path dir) {
        Path file = dir.resolve("clouds.yaml");
        try {
            Files.createDirectories(dir);
            Files.writeString(file, sandbox.cloudsYaml());
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
