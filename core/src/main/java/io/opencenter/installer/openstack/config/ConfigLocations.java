package io.opencenter.installer.openstack.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where clouds.yaml and secure.yaml are looked for, and the environment the {@code OS_*} variables come from.
 * Everything the loader would otherwise read from the process (environment, working directory, home, /etc) is
 * here, so tests run against temporary directories and a fake environment and never see the real home.
 *
 * @param env       environment variables (only {@code OS_*} and {@code XDG_CONFIG_HOME} are read)
 * @param cwd       the working directory, searched first
 * @param home      the user's home; {@code ~/.config/openstack} is searched second
 * @param systemDir the site-wide directory, {@code /etc/openstack} outside tests
 */
public record ConfigLocations(Map<String, String> env, Path cwd, Path home, Path systemDir) {

    public static final String CLIENT_CONFIG_FILE = "OS_CLIENT_CONFIG_FILE";
    public static final String CLIENT_SECURE_FILE = "OS_CLIENT_SECURE_FILE";

    /** openstacksdk accepts JSON too; JSON is YAML, so the same reader handles it. */
    private static final List<String> SUFFIXES = List.of(".yaml", ".yml", ".json");

    public ConfigLocations {
        env = Map.copyOf(env);
    }

    /** The running process: its environment, {@code user.dir}, {@code user.home} and {@code /etc/openstack}. */
    public static ConfigLocations ofSystem() {
        return new ConfigLocations(System.getenv(), Path.of(System.getProperty("user.dir")),
                Path.of(System.getProperty("user.home")), Path.of("/etc/openstack"));
    }

    /** A given environment, working directory and home, with the real {@code /etc/openstack}. */
    public static ConfigLocations of(Map<String, String> env, Path cwd, Path home) {
        return new ConfigLocations(env, cwd, home, Path.of("/etc/openstack"));
    }

    /** The variable's value, or empty when unset or blank (a blank {@code OS_CLOUD=} means "not set"). */
    public Optional<String> getenv(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** Candidate clouds.yaml files in search order; with {@code OS_CLIENT_CONFIG_FILE} set, only that one. */
    public List<Path> cloudsCandidates() {
        return candidates(CLIENT_CONFIG_FILE, "clouds");
    }

    /** Candidate secure.yaml files in search order; with {@code OS_CLIENT_SECURE_FILE} set, only that one. */
    public List<Path> secureCandidates() {
        return candidates(CLIENT_SECURE_FILE, "secure");
    }

    /** The first candidate that is a regular file: openstacksdk reads exactly one clouds.yaml. */
    public Optional<Path> findClouds() {
        return firstExisting(cloudsCandidates());
    }

    public Optional<Path> findSecure() {
        return firstExisting(secureCandidates());
    }

    /** The directories searched when no override variable is set, in order. */
    public List<Path> searchDirs() {
        List<Path> dirs = new ArrayList<>();
        dirs.add(cwd);
        // openstacksdk's user config dir follows XDG on Linux, and ~/.config/openstack is searched as well
        getenv("XDG_CONFIG_HOME").map(x -> Path.of(x, "openstack")).ifPresent(dirs::add);
        Path unixHome = home.resolve(".config").resolve("openstack");
        if (!dirs.contains(unixHome)) {
            dirs.add(unixHome);
        }
        dirs.add(systemDir);
        return List.copyOf(dirs);
    }

    private List<Path> candidates(String overrideVariable, String baseName) {
        Optional<String> override = getenv(overrideVariable);
        if (override.isPresent()) {
            return List.of(expandHome(override.get()));
        }
        List<Path> files = new ArrayList<>();
        for (Path dir : searchDirs()) {
            for (String suffix : SUFFIXES) {
                files.add(dir.resolve(baseName + suffix));
            }
        }
        return List.copyOf(files);
    }

    /** {@code ~/x} in a variable or a {@code cacert:} value means the home given here, not the JVM's. */
    Path expandHome(String path) {
        if (path.equals("~")) {
            return home;
        }
        if (path.startsWith("~/")) {
            return home.resolve(path.substring(2));
        }
        Path p = Path.of(path);
        return p.isAbsolute() ? p : cwd.resolve(p);
    }

    private static Optional<Path> firstExisting(List<Path> candidates) {
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }
}
