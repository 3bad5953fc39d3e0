package io.opencenter.installer.spec;

import static io.opencenter.installer.spec.ConfigField.CLOUD;
import static io.opencenter.installer.spec.ConfigField.CLOUD_NAME;
import static io.opencenter.installer.spec.ConfigField.OFFLINE;
import static io.opencenter.installer.spec.ConfigField.OFFLINE_BUNDLE;
import static io.opencenter.installer.spec.ConfigField.OFFLINE_REGISTRY;
import static io.opencenter.installer.spec.ConfigField.PARALLELISM;
import static io.opencenter.installer.spec.ConfigField.SSH_KEY;

import io.opencenter.installer.spec.ClusterSpec.Cloud;
import io.opencenter.installer.spec.ClusterSpec.Offline;
import io.opencenter.installer.spec.ClusterSpec.Provisioning;
import java.nio.file.Files;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where and how the cluster gets created: {@code cloud}, {@code sshPublicKeyFile}, {@code provisioning} and
 * {@code offline}.
 */
final class CloudRules {
    static final int MIN_PARALLELISM = 1;
    static final int MAX_PARALLELISM = 16;
    /** {@code host[:port][/path]}: an image reference prefix, so no scheme. */
    private static final Pattern REGISTRY =
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\\d{1,5})?(/[A-Za-z0-9._/-]+)?");

    private CloudRules() {}

    static void check(ClusterSpec spec, Findings f) {
        cloud(spec.cloud(), f);
        sshKey(spec.sshPublicKeyFile(), f);
        provisioning(spec.provisioning(), f);
        offline(spec.offline(), f);
    }

    private static void cloud(Cloud cloud, Findings f) {
        if (!f.require(CLOUD, cloud, "add cloud: with name: <entry in clouds.yaml>, or sandbox: true")) {
            return;
        }
        // The sandbox is built in, so there is no clouds.yaml entry to name.
        if (!cloud.isSandbox()) {
            f.require(CLOUD_NAME, cloud.name(),
                    "name the clouds.yaml entry to use (e.g. mycloud), or set sandbox: true for the built-in cloud");
        }
    }

    private static void sshKey(String file, Findings f) {
        if (file == null || file.isBlank()) {
            return;
        }
        // A private key here would be read and uploaded to the cloud: refused when the file is there to look at
        Optional<String> problem = SshPublicKey.problemWithFile(file);
        if (problem.isPresent()) {
            f.error(SSH_KEY, "sshPublicKeyFile " + Findings.quote(file) + " " + problem.get(), SshPublicKey.HINT);
        } else if (!file.endsWith(".pub") && !Files.exists(SshPublicKey.path(file))) {
            f.warning(SSH_KEY, "sshPublicKeyFile " + Findings.quote(file)
                    + " does not end in .pub; is it a private key?", "point it at the public half, e.g. "
                    + file + ".pub");
        }
    }

    private static void provisioning(Provisioning p, Findings f) {
        if (p == null || p.parallelism() == null) {
            return;
        }
        int n = p.parallelism();
        if (n < MIN_PARALLELISM || n > MAX_PARALLELISM) {
            f.error(PARALLELISM, "parallelism " + n + " is outside " + MIN_PARALLELISM + "-"
                    + MAX_PARALLELISM, "use a number from " + MIN_PARALLELISM + " to " + MAX_PARALLELISM
                    + " (default 4)");
        }
    }

    private static void offline(Offline offline, Findings f) {
        if (offline == null) {
            return;
        }
        boolean hasBundle = offline.bundle() != null && !offline.bundle().isBlank();
        boolean hasRegistry = offline.registry() != null && !offline.registry().isBlank();
        // An air-gapped install needs both: the bundle holds the images, the registry is where they are pushed.
        if (hasBundle && !hasRegistry) {
            f.error(OFFLINE_REGISTRY, "offline.bundle is set but offline.registry is missing",
                    "add the registry the bundle's images are pushed to, e.g. registry.internal:5000");
        } else if (hasRegistry && !hasBundle) {
            f.error(OFFLINE_BUNDLE, "offline.registry is set but offline.bundle is missing",
                    "add the path of the bundle file, e.g. /media/usb/opencenter-bundle.tar, or remove offline:");
        } else if (!hasBundle) {
            f.error(OFFLINE, "offline is given but has neither bundle nor registry",
                    "remove offline: for an online install, or set both bundle and registry");
        }
        if (hasRegistry && !REGISTRY.matcher(offline.registry()).matches()) {
            f.error(OFFLINE_REGISTRY, "offline.registry " + Findings.quote(offline.registry())
                    + " is not host[:port]", offline.registry().contains("://")
                    ? "drop the scheme, e.g. registry.internal:5000"
                    : "write it as host[:port], e.g. registry.internal:5000");
        }
    }
}
