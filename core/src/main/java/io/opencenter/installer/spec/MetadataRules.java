package io.opencenter.installer.spec;

import static io.opencenter.installer.spec.ConfigField.API_VERSION;
import static io.opencenter.installer.spec.ConfigField.KIND;
import static io.opencenter.installer.spec.ConfigField.METADATA;
import static io.opencenter.installer.spec.ConfigField.NAME;

/** {@code apiVersion}, {@code kind} and {@code metadata.name}. */
final class MetadataRules {
    /** The name prefixes every cloud resource and tag, which have their own length limits; 40 leaves room. */
    static final int MAX_NAME = 40;

    private MetadataRules() {}

    static void check(ClusterConfig config, Findings f) {
        if (f.require(API_VERSION, config.apiVersion(), "first line: apiVersion: " + ClusterConfig.API_VERSION)
                && !ClusterConfig.API_VERSION.equals(config.apiVersion())) {
            f.error(API_VERSION, "apiVersion " + Findings.quote(config.apiVersion()) + " is not supported",
                    "use apiVersion: " + ClusterConfig.API_VERSION);
        }
        if (f.require(KIND, config.kind(), "add kind: " + ClusterConfig.KIND)
                && !ClusterConfig.KIND.equals(config.kind())) {
            f.error(KIND, "kind " + Findings.quote(config.kind()) + " is not supported",
                    "use kind: " + ClusterConfig.KIND);
        }
        if (!f.require(METADATA, config.metadata(), "add metadata: with name: <cluster name>")) {
            return;
        }
        String name = config.metadata().name();
        if (f.require(NAME, name, "give the cluster a name, e.g. prod-east")
                && !Dns1123.isLabel(name, MAX_NAME)) {
            String why = name.length() > MAX_NAME
                    ? " is longer than " + MAX_NAME + " characters"
                    : " is not a DNS-1123 label (lower-case letters, digits and '-', starting and ending with"
                    + " a letter or digit)";
            String suggestion = Dns1123.suggest(name, MAX_NAME);
            f.error(NAME, NAME.path() + " " + Findings.quote(name) + why,
                    suggestion.isEmpty() ? "use e.g. prod-east" : "use e.g. " + suggestion);
        }
    }
}
