package io.opencenter.installer.install;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.config.CloudsConfig;
import io.opencenter.installer.openstack.config.CloudsYaml;
import io.opencenter.installer.openstack.config.CloudsYamlWriter;
import io.opencenter.installer.openstack.config.ConfigLocations;
import io.opencenter.installer.preflight.CloudEntryCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The user's clouds, read as the openstack CLI reads them: clouds.yaml and secure.yaml in openstacksdk's search
 * order and merge rules, and the {@code OS_*} environment. Read afresh on every call (the user may edit the files
 * while the wizard is open).
 */
final class CloudDirectory {
    private final ConfigLocations locations;

    CloudDirectory(ConfigLocations locations) {
        this.locations = locations;
    }

    CloudListing list() {
        CloudsConfig clouds = CloudsYaml.load(locations);
        return new CloudListing(clouds.clouds(), clouds.defaultCloud(), clouds.filesRead(),
                CloudEntryCheck.filesRead(clouds), clouds.findings());
    }

    /** The named entry (the default one when blank), or findings at {@code spec.cloud.name} saying why not. */
    CloudEntryCheck.Resolved resolve(String name) {
        return CloudEntryCheck.resolve(CloudsYaml.load(locations), name, SandboxProvider.LABEL);
    }

    /**
     * Writes {@code profile} as the entry of its name, the secret into secure.yaml: next to the clouds.yaml that
     * was read, else to {@code ~/.config/openstack/}. Returns the clouds.yaml written.
     */
    Path save(CloudProfile profile) {
        CloudsConfig config = CloudsYaml.load(locations);
        Path clouds = config.cloudsFile() != null ? config.cloudsFile()
                : locations.home().resolve(".config").resolve("openstack").resolve("clouds.yaml");
        Path secure = config.secureFile() != null ? config.secureFile() : clouds.resolveSibling("secure.yaml");
        try {
            CloudsYamlWriter.save(profile, clouds, secure);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + clouds + " / " + secure, e);
        }
        return clouds;
    }
}
