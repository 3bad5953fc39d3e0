package io.opencenter.installer.openstack.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A fake working directory, home, /etc/openstack and environment inside a temp dir. */
final class ConfigDirs {
    final Path cwd;
    final Path home;
    final Path etc;
    final Path userDir;
    final Map<String, String> env = new HashMap<>();

    ConfigDirs(Path root) {
        cwd = root.resolve("work");
        home = root.resolve("home");
        etc = root.resolve("etc/openstack");
        userDir = home.resolve(".config/openstack");
        try {
            Files.createDirectories(cwd);
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ConfigLocations locations() {
        return new ConfigLocations(env, cwd, home, etc);
    }

    CloudsConfig load() {
        return CloudsYaml.load(locations());
    }

    ConfigDirs env(String name, String value) {
        env.put(name, value);
        return this;
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file from src/test/resources/openstack/config. */
    static String resource(String name) {
        try (InputStream in = ConfigDirs.class.getResourceAsStream("/openstack/config/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One clouds.yaml entry: {@code clouds:} with a single cloud whose body is given indented by 4. */
    static String cloud(String name, String body) {
        return "clouds:\n  " + name + ":\n" + body.stripIndent().lines().map(l -> "    " + l)
                .reduce("", (a, b) -> a + b + "\n");
    }
}
