package io.opencenter.installer.install;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.spec.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * The clouds the installer can use: the usable entries of clouds.yaml (merged with secure.yaml) in file order,
 * the {@code OS_*} environment's {@code envvars} last, and the built-in {@link #sandbox()}. Never holds a secret
 * in anything it prints.
 *
 * @param clouds       usable clouds; entries with errors are left out and {@code findings} say why
 * @param defaultCloud {@code OS_CLOUD}, else {@code envvars} when set, else the only cloud; null when none
 * @param filesRead    the clouds.yaml and secure.yaml that were read
 * @param files        "read clouds.yaml and secure.yaml", or where clouds.yaml was looked for
 * @param findings     problems: malformed files (with line and column), bad entries (naming cloud and key)
 */
public record CloudListing(List<CloudProfile> clouds, String defaultCloud, List<Path> filesRead, String files,
                           List<Finding> findings) {
    public CloudListing {
        clouds = List.copyOf(clouds);
        filesRead = List.copyOf(filesRead);
        findings = List.copyOf(findings);
    }

    public List<String> names() {
        return clouds.stream().map(CloudProfile::name).toList();
    }

    /** The built-in simulated cloud, always there and needing no credentials. */
    public String sandbox() {
        return SandboxProvider.LABEL;
    }
}
