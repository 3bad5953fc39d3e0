package io.opencenter.installer.openstack.config;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.workspace.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads clouds the way openstacksdk (and so the openstack CLI) does: one clouds.yaml from the first place that
 * has it ({@code OS_CLIENT_CONFIG_FILE}, ./, ~/.config/openstack/, /etc/openstack/), one secure.yaml found the
 * same way and merged over it, the {@code OS_*} variables as a cloud named {@code envvars}, and {@code OS_CLOUD}
 * as the default. Never throws for what is in the files: problems come back as findings.
 */
public final class CloudsYaml {

    private CloudsYaml() {}

    /** The clouds of the running process (real environment, working directory and home). */
    public static CloudsConfig load() {
        return load(ConfigLocations.ofSystem());
    }

    public static CloudsConfig load(ConfigLocations locations) {
        List<Finding> findings = new ArrayList<>();
        Path cloudsFile = find(locations.cloudsCandidates(), ConfigLocations.CLIENT_CONFIG_FILE, locations, findings);
        Path secureFile = find(locations.secureCandidates(), ConfigLocations.CLIENT_SECURE_FILE, locations, findings);
        Map<?, ?> fromClouds = cloudsSection(cloudsFile, findings);
        Map<?, ?> fromSecure = cloudsSection(secureFile, findings);
        Map<Object, Object> merged = DeepMerge.merge(fromClouds, fromSecure);

        List<CloudProfile> profiles = new ArrayList<>();
        for (Map.Entry<Object, Object> e : merged.entrySet()) {
            String name = String.valueOf(e.getKey());
            Path source = fromClouds.containsKey(e.getKey()) ? cloudsFile : secureFile;
            add(CloudEntry.parse(name, e.getValue(), source.toString(), locations), profiles, findings);
        }

        Optional<Map<String, Object>> envvars = EnvVarsCloud.entry(locations);
        if (envvars.isPresent()) {
            if (merged.containsKey(EnvVarsCloud.NAME)) {
                findings.add(Finding.error("clouds." + EnvVarsCloud.NAME, "the cloud name '" + EnvVarsCloud.NAME
                        + "' in " + cloudsFile + " clashes with the cloud built from the OS_* variables",
                        "rename the cloud in clouds.yaml, or unset OS_AUTH_URL"));
            } else {
                add(CloudEntry.parse(EnvVarsCloud.NAME, envvars.get(), EnvVarsCloud.SOURCE, locations),
                        profiles, findings);
            }
        }

        String defaultCloud = defaultCloud(locations, merged, envvars.isPresent());
        if (defaultCloud != null && locations.getenv("OS_CLOUD").isPresent()
                && profiles.stream().noneMatch(p -> p.name().equals(defaultCloud))
                && !merged.containsKey(defaultCloud)) {
            findings.add(Finding.warning("", "OS_CLOUD is '" + defaultCloud + "', but there is no such cloud"
                    + (cloudsFile == null ? " (no clouds.yaml found)" : " in " + cloudsFile),
                    "set OS_CLOUD to one of: " + String.join(", ", profiles.stream().map(CloudProfile::name).toList())));
        }
        return new CloudsConfig(profiles, cloudsFile, secureFile, locations.cloudsCandidates(), defaultCloud,
                findings);
    }

    private static void add(CloudEntry.Result result, List<CloudProfile> profiles, List<Finding> findings) {
        findings.addAll(result.findings());
        if (result.profile() != null) {
            profiles.add(result.profile());
        }
    }

    /** openstacksdk: OS_CLOUD; else the environment cloud; else the only cloud there is. */
    private static String defaultCloud(ConfigLocations locations, Map<Object, Object> merged, boolean envvars) {
        Optional<String> osCloud = locations.getenv("OS_CLOUD");
        if (osCloud.isPresent()) {
            return osCloud.get();
        }
        if (envvars) {
            return EnvVarsCloud.NAME;
        }
        return merged.size() == 1 ? String.valueOf(merged.keySet().iterator().next()) : null;
    }

    /** The first existing candidate; an override variable that points nowhere is reported, not ignored. */
    private static Path find(List<Path> candidates, String overrideVariable, ConfigLocations locations,
                             List<Finding> findings) {
        // like openstacksdk, a file we may not read is passed over in favour of the next one, but not silently
        candidates.stream().filter(f -> Files.isRegularFile(f) && !Files.isReadable(f)).forEach(f -> findings.add(
                Finding.warning("", f + " exists but cannot be read; skipped", "check the file's permissions")));
        Optional<Path> found = candidates.stream().filter(f -> Files.isRegularFile(f) && Files.isReadable(f))
                .findFirst();
        if (found.isEmpty() && locations.getenv(overrideVariable).isPresent()) {
            Path named = candidates.get(0);
            String what = Files.isDirectory(named) ? "which is a folder, not a file"
                    : !Files.exists(named) ? "but there is no such file"
                    : !Files.isRegularFile(named) ? "which is not a regular file (a device, FIFO or socket)"
                    : "which cannot be read (check its permissions)";
            findings.add(Finding.error("", overrideVariable + " is set to " + named + ", " + what,
                    "fix or unset " + overrideVariable));
        }
        return found.orElse(null);
    }

    /** The {@code clouds:} mapping of a file; empty (with a finding) when the file is unreadable or malformed. */
    private static Map<?, ?> cloudsSection(Path file, List<Finding> findings) {
        if (file == null) {
            return Map.of();
        }
        Object doc;
        try {
            doc = YamlFile.read(file);
        } catch (YamlFile.Malformed e) {
            findings.add(Finding.error("", e.getMessage(),
                    "check the indentation (spaces only) and that each key is followed by ': '"));
            return Map.of();
        } catch (TextFiles.Unreadable e) {
            findings.add(Finding.error("", e.getMessage(), "give " + file.getFileName() + " as YAML text in UTF-8"));
            return Map.of();
        } catch (IOException e) {
            findings.add(Finding.error("", file + " could not be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), "check the file's permissions"));
            return Map.of();
        }
        if (doc == null) {
            return Map.of();
        }
        if (!(doc instanceof Map<?, ?> top)) {
            findings.add(Finding.error("", file + ": expected a mapping with a clouds: section, but the file is "
                    + EntryReader.describe(doc), "start the file with 'clouds:' and indent each cloud under it"));
            return Map.of();
        }
        Object clouds = top.get("clouds");
        if (clouds == null) {
            return Map.of();
        }
        if (!(clouds instanceof Map<?, ?> section)) {
            findings.add(Finding.error("clouds", file + ": clouds must be a mapping of cloud names, but is "
                    + EntryReader.describe(clouds), "indent each cloud's name under clouds:"));
            return Map.of();
        }
        return new LinkedHashMap<>(section);
    }
}
