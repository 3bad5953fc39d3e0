package io.opencenter.installer.provision.cloud;

import io.opencenter.installer.provision.ResourceNames;

import java.util.Collection;
import java.util.Map;

/**
 * Which objects belong to a cluster: those with its tag, and untagged ones whose name starts with {@code <cluster>-}
 * (a create whose tag call never ran). An object tagged for another cluster is never claimed, even when its name
 * happens to start with this cluster's prefix ({@code demo} and {@code demo-2}). The keypair and the server group,
 * which carry no tag, go by their exact names ({@link ResourceNames#keypair}).
 */
final class Ownership {

    private static final String TAG_PREFIX = ResourceNames.CLUSTER_TAG_KEY + "=";

    private Ownership() {
    }

    static Map<String, String> metadata(String cluster) {
        return ResourceNames.clusterTag(cluster);
    }

    static boolean namedFor(String name, String cluster) {
        return name != null && name.startsWith(cluster + "-");
    }

    /** Claim of an object with Neutron tags: tagged, untagged-but-named, or not ours. */
    static Claim ofTags(Collection<String> tags, String name, String cluster) {
        if (tags.contains(ResourceNames.neutronTag(cluster))) {
            return Claim.TAGGED;
        }
        boolean otherCluster = tags.stream().anyMatch(t -> t.startsWith(TAG_PREFIX));
        return !otherCluster && namedFor(name, cluster) ? Claim.UNTAGGED : Claim.NOT_OURS;
    }

    /** Claim of an object with Nova or Cinder metadata. */
    static Claim ofMetadata(Map<String, String> metadata, String name, String cluster) {
        String owner = metadata == null ? null : metadata.get(ResourceNames.CLUSTER_TAG_KEY);
        if (cluster.equals(owner)) {
            return Claim.TAGGED;
        }
        return owner == null && namedFor(name, cluster) ? Claim.UNTAGGED : Claim.NOT_OURS;
    }

    enum Claim {
        TAGGED, UNTAGGED, NOT_OURS;

        boolean ours() {
            return this != NOT_OURS;
        }
    }
}
