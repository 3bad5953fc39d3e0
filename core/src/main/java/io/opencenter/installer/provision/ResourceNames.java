package io.opencenter.installer.provision;

import java.util.Map;

/**
 * The one naming rule for everything the installer creates: {@code <cluster>-<role>} for resources a cluster has
 * once ({@code prod-east-network}, {@code prod-east-router}, {@code prod-east-api-vip}) and
 * {@code <cluster>-<role>-<n>} for numbered ones, n counting from 1 ({@code prod-east-control-plane-1},
 * {@code prod-east-default-2}, {@code prod-east-secgroup-rule-7}). A node's port, boot volume and server share the
 * node's name: they live in different services, and sharing it lets an operator find them together. Names are
 * therefore unique per {@link ResourceKind}, not across kinds.
 *
 * <p>Every resource also carries the cluster tag {@value #CLUSTER_TAG_KEY}{@code =<cluster>}: a Neutron tag on
 * network resources, metadata on Nova servers and Cinder volumes. Adoption and destroy find resources by it.
 */
public final class ResourceNames {

    public static final String CLUSTER_TAG_KEY = "opencenter-cluster";

    /** The role of the control-plane nodes in names and keys. */
    public static final String CONTROL_PLANE = "control-plane";

    private ResourceNames() {}

    public static String name(String cluster, String role) {
        return cluster + "-" + role;
    }

    /**
     * The cluster's one keypair. Keypairs and server groups carry no tag, so the cloud side finds them by this exact
     * name (a prefix would also match {@code demo-2-keypair} for cluster {@code demo}).
     */
    public static String keypair(String cluster) {
        return name(cluster, "keypair");
    }

    /** The cluster's one server group, the control plane's anti-affinity group (found by name, see keypair). */
    public static String serverGroup(String cluster) {
        return name(cluster, CONTROL_PLANE);
    }

    /**
     * The cluster's application credential, the one the cloud controller manager and the Cinder CSI driver log in
     * with. Keystone keeps names unique per user, so this exact name finds it (credentials take no tags).
     */
    public static String applicationCredential(String cluster) {
        return name(cluster, "cloud-provider");
    }

    public static String name(String cluster, String role, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("resource numbers start at 1, got " + n);
        }
        return cluster + "-" + role + "-" + n;
    }

    /** The cluster tag as Neutron writes it, {@code opencenter-cluster=<cluster>}. */
    public static String neutronTag(String cluster) {
        return CLUSTER_TAG_KEY + "=" + cluster;
    }

    /** The cluster tag as a key/value pair (Neutron writes it as {@code key=value}). */
    public static Map<String, String> clusterTag(String cluster) {
        return Map.of(CLUSTER_TAG_KEY, cluster);
    }
}
