package io.opencenter.installer.openstack.config;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.spec.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every usable cloud found (clouds.yaml merged with secure.yaml, plus {@code envvars}), the files that were read,
 * and every problem met on the way. Entries with errors are not in {@link #clouds()}; their findings say why.
 *
 * @param clouds       usable clouds in file order, {@code envvars} last
 * @param cloudsFile   the clouds.yaml that was read, or null when none was found
 * @param secureFile   the secure.yaml merged over it, or null
 * @param searched     where clouds.yaml was looked for (for "no clouds.yaml found" messages)
 * @param defaultCloud {@code OS_CLOUD}, else {@code envvars} when set, else the only cloud; null when none
 * @param findings     problems: malformed files (with line and column), bad entries (naming cloud and key)
 */
public record CloudsConfig(List<CloudProfile> clouds, Path cloudsFile, Path secureFile, List<Path> searched,
                           String defaultCloud, List<Finding> findings) {

    public CloudsConfig {
        clouds = List.copyOf(clouds);
        searched = List.copyOf(searched);
        findings = List.copyOf(findings);
    }

    public Optional<CloudProfile> profile(String name) {
        return clouds.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Names of the usable clouds, in file order. */
    public List<String> names() {
        return clouds.stream().map(CloudProfile::name).toList();
    }

    public Optional<CloudProfile> defaultProfile() {
        return defaultCloud == null ? Optional.empty() : profile(defaultCloud);
    }

    /** The files actually read, clouds.yaml first. */
    public List<Path> filesRead() {
        List<Path> files = new ArrayList<>();
        if (cloudsFile != null) {
            files.add(cloudsFile);
        }
        if (secureFile != null) {
            files.add(secureFile);
        }
        return List.copyOf(files);
    }

    /** Findings about one cloud's entry (paths {@code clouds.<name>...}). */
    public List<Finding> findingsFor(String name) {
        String prefix = "clouds." + name;
        return findings.stream()
                .filter(f -> f.path().equals(prefix) || f.path().startsWith(prefix + ".")
                        || f.path().startsWith(prefix + "["))
                .toList();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /**
     * The named cloud, or the default one when {@code name} is null or blank.
     *
     * @throws OpenStackException of kind CONFIG naming the available clouds and the files read when the cloud
     *                            is unknown, or the entry's errors when it exists but cannot be used
     */
    public CloudProfile require(String name) {
        String wanted = name == null || name.isBlank() ? defaultCloud : name;
        if (wanted == null) {
            throw new OpenStackException(OpenStackException.Kind.CONFIG,
                    "no cloud chosen and no default (set OS_CLOUD or pick one); " + available());
        }
        Optional<CloudProfile> found = profile(wanted);
        if (found.isPresent()) {
            return found.get();
        }
        List<Finding> errors = findingsFor(wanted).stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new OpenStackException(OpenStackException.Kind.CONFIG, "cloud '" + wanted + "' cannot be used: "
                    + errors.stream().map(Finding::message).collect(Collectors.joining("; ")));
        }
        throw new OpenStackException(OpenStackException.Kind.CONFIG,
                "no cloud named '" + wanted + "'; " + available());
    }

    private String available() {
        String names = clouds.isEmpty() ? "no clouds are defined" : "available clouds: " + String.join(", ", names());
        String files;
        if (cloudsFile == null) {
            files = "no clouds.yaml found (looked for " + searched.stream().map(Path::toString)
                    .collect(Collectors.joining(", ")) + ")";
        } else {
            files = "read " + filesRead().stream().map(Path::toString).collect(Collectors.joining(" and "));
        }
        String problems = findings.stream().filter(f -> f.isError() && f.path().isEmpty())
                .map(Finding::message).collect(Collectors.joining("; "));
        return names + " (" + files + ")" + (problems.isEmpty() ? "" : "; " + problems);
    }
}
