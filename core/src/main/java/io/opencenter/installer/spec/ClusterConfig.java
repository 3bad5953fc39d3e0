package io.opencenter.installer.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The whole config file: {@code apiVersion}, {@code kind}, {@code metadata}, {@code spec} (see cluster-config.md). */
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
public record ClusterConfig(String apiVersion, String kind, Metadata metadata, ClusterSpec spec) {
    public static final String API_VERSION = "installer.opencenter.io/v1alpha1";
    public static final String KIND = "Cluster";

    public record Metadata(String name) {}

    /** Name of the cluster, or null when metadata is missing. */
    public String name() {
        return metadata == null ? null : metadata.name();
    }
}
