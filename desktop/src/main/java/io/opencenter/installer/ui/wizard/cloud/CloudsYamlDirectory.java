package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.config.CloudsConfig;
import io.opencenter.installer.openstack.config.CloudsYaml;
import io.opencenter.installer.openstack.config.CloudsYamlWriter;
import io.opencenter.installer.openstack.config.ConfigLocations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * {@link CloudDirectory} by the {@code openstack.config} loader: the same files, search order and merge rules as
 * the openstack CLI. Saving writes next to the clouds.yaml that was read, else to ~/.config/openstack/.
 */
public final class CloudsYamlDirectory implements CloudDirectory {
    private final ConfigLocations locations;

    public CloudsYamlDirectory(ConfigLocations locations) {
        this.locations = locations;
    }

    public static CloudsYamlDirectory ofSystem() {
        return new CloudsYamlDirectory(ConfigLocations.ofSystem());
    }

    @Override
    public Listing list() {
        CloudsConfig config = CloudsYaml.load(locations);
        return new Listing(config.names(), config.filesRead(), config.findings().stream()
                .map(f -> (f.path() == null || f.path().isBlank() ? "" : f.path() + ": ") + f.message())
                .toList());
    }

    @Override
    public CloudProfile profile(String cloudName) {
        return CloudsYaml.load(locations).require(cloudName);
    }

    @Override
    public boolean canSave() {
        return true;
    }

    @Override
    public Path save(String cloudName, CloudProfile profile) {
        CloudsConfig config = CloudsYaml.load(locations);
        Path clouds = config.cloudsFile() != null ? config.cloudsFile()
                : locations.home().resolve(".config").resolve("openstack").resolve("clouds.yaml");
        Path secure = config.secureFile() != null ? config.secureFile() : clouds.resolveSibling("secure.yaml");
        CloudProfile named = new CloudProfile(cloudName, profile.auth(), profile.regionName(),
                profile.interfaceType(), profile.cacert(), profile.insecure(), profile.source());
        try {
            CloudsYamlWriter.save(named, clouds, secure);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + clouds + " / " + secure, e);
        }
        return clouds;
    }
}
