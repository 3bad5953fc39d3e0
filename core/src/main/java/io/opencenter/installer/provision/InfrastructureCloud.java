package io.opencenter.installer.provision;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provisioning side of one OpenStack project: list, create, read and delete the kinds of {@link ResourceKind}.
 * Implementations map failures to {@link io.opencenter.installer.openstack.OpenStackException} and retry only what
 * is safe to repeat (reads, deletes); a create is sent once, because a create that timed out may have happened.
 * The executor decides what to do then (look again by name, then create).
 */
public interface InfrastructureCloud {

    /**
     * Everything of {@code kind} that belongs to {@code cluster}: objects with the cluster tag, and untagged ones
     * whose name starts with {@code <cluster>-} (a create whose tag call never ran). Kinds that cannot carry tags
     * are found through what they belong to: security-group rules in the cluster's groups (their description is
     * the planned name), router interfaces on the cluster's router, server groups and keypairs by name.
     */
    List<CloudObject> list(ResourceKind kind, String cluster);

    /**
     * Creates {@code resource} with the cluster tag (at creation where the API takes it, otherwise right after).
     * {@code ids} maps the plan keys of its dependencies to their cloud ids. Returns at once; the object may still
     * be {@link CloudObject.State#PENDING}.
     */
    CloudObject create(PlannedResource resource, Map<String, String> ids);

    /** The object's current state, or empty when it no longer exists. */
    Optional<CloudObject> get(CloudObject object);

    /** Adds the cluster tag to an object found untagged (no-op when it has it). */
    CloudObject ensureTagged(CloudObject object, String cluster);

    /**
     * Deletes {@code object}; an object that is already gone counts as deleted. Servers and volumes may take a
     * while to disappear: callers wait with {@link #get}.
     */
    void delete(CloudObject object);

    /**
     * What the cluster left on the cloud besides the installer's own resources: volumes the Cinder CSI driver made
     * for its PVCs, and load balancers, ports and security groups the cloud controller manager made for its
     * Services. Empty when the cloud has no such services (e.g. no Octavia).
     */
    List<CloudObject> clusterCreated(String cluster);

    /**
     * The public address of the floating IP with cloud id {@code id}: the address a node's user-data and the
     * admin kubeconfig name for the API. Empty when the floating IP no longer exists.
     */
    Optional<String> floatingIpAddress(String id);

    /**
     * The last {@code lines} lines of a server's console log (Nova's {@code os-getConsoleOutput}), for a node that
     * did not come up: what cloud-init and kubeadm printed there is often the only account of why. Read-only.
     *
     * @throws io.opencenter.installer.openstack.OpenStackException NOT_FOUND when the server is gone, CONFLICT while
     *         Nova has placed it on no host (it never booted), or what else the cloud answers (e.g. 501 when its
     *         hypervisor keeps no console log)
     */
    String consoleOutput(String serverId, int lines);

    /** A short label of the cloud for messages, e.g. {@code osr-ops (RegionOne)}. Never a secret. */
    String describe();

    /** Names of objects by kind, for tests and the destroy report. */
    default Map<ResourceKind, List<CloudObject>> listAll(String cluster) {
        Map<ResourceKind, List<CloudObject>> all = new java.util.EnumMap<>(ResourceKind.class);
        for (ResourceKind kind : ResourceKind.values()) {
            all.put(kind, list(kind, cluster));
        }
        return all;
    }
}
