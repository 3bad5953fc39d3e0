package io.opencenter.installer.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;

/**
 * The folder where configs, journals, keys, logs and sandbox state live. One per run when the user asks
 * ({@code --workspace}, {@code OPENCENTER_INSTALLER_HOME}); otherwise the OS convention.
 */
public record Workspace(Path root) {
    public static final String ENV = "OPENCENTER_INSTALLER_HOME";
    private static final String APP = "opencenter-installer";

    /** {@code explicit} (a --workspace option, may be null) beats the environment, which beats the OS default. */
    public static Workspace resolve(Path explicit, Map<String, String> env, String osName, Path userHome) {
        if (explicit != null) {
            return new Workspace(explicit.toAbsolutePath().normalize());
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Workspace(Path.of(fromEnv).toAbsolutePath().normalize());
        }
        return new Workspace(osDefault(env, osName, userHome));
    }

    public static Workspace resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    static Path osDefault(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming")).resolve(APP);
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve(APP);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve(APP);
    }

    public Path configs() {
        return root.resolve("configs");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** The folder of one cluster: its config copy and journal. */
    public Path cluster(String name) {
        return root.resolve("clusters").resolve(name);
    }

    /**
     * The state of the simulated cloud: one per workspace, so the wizard and the CLI see the same sandbox and a
     * cluster installed on it can be resumed or destroyed after the process ended.
     */
    public Path sandboxState() {
        return root.resolve("sandbox").resolve("state.json");
    }

    /** Creates the folder (owner-only on POSIX: it will hold keys and journals) and returns it. */
    public Path ensureExists() {
        try {
            Folders.create(root);
            if (root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create workspace " + root + ": " + e.getMessage(), e);
        }
    }
}
