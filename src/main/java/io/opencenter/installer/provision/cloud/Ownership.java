package io.opencenter.installer.provision.cloud;

import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.ResourceNames;

import java.util.Collection;
import java.util.Map;

/**
 * Which objects belong to a cluster: those with its tag, untagged ones whose name starts with {@code <cluster>-} (a
 * create whose tag call never ran), and the keypair and server group of the cluster's exact planned names. An object
 * tagged for another cluster is never claimed, even when its name happens to start with this cluster's prefix
 * ({@code demo} and {@code demo-2}).
 */
final class Ownership {

    private static final String TAG_PREFIX = ResourceNames.CLUSTER_TAG_KEY + "=";

    private Ownership() {
    }

    /** The Neutron tag string, {@code opencenter-cluster=<cluster>}. */
    static String neutronTag(String cluster) {
        return TAG_PREFIX + cluster;
    }

    static Map<String, String> metadata(String cluster) {
        return ResourceNames.clusterTag(cluster);
    }

    /**
     * The one keypair a cluster has. Keypairs and server groups carry no tag, so they are claimed by their exact
     * planned name: a prefix would also claim {@code demo-2-keypair} for cluster {@code demo}.
     */
    static String keypairName(String cluster) {
        return ResourceNames.name(cluster, PlanBuilder.KEYPAIR);
    }

    /** The one server group a cluster has, its control plane's anti-affinity group (see {@link #keypairName}). */
    static String serverGroupName(String cluster) {
        return ResourceNames.name(cluster, ResourceNames.CONTROL_PLANE);
    }

    static boolean namedFor(String name, String cluster) {
        return name != null && name.startsWith(cluster + "-");
    }

    /** Claim of an object with Neutron tags: tagged, untagged-but-named, or not ours. */
    static Claim ofTags(Collection<String> tags, String name, String cluster) {
        if (tags.contains(neutronTag(cluster))) {
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
