package io.opencenter.installer.sandbox.kube.sim;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the simulated cluster needs from the cloud under it: a read-only view of the cluster's servers (the kubelets
 * that join) and the few Cinder calls the Cinder CSI driver makes for a PVC. Kept this small so the simulator does
 * not depend on how the sandbox cloud stores anything; {@link SandboxClusterCloud} implements it on the sandbox.
 */
public interface ClusterCloud {

    /** The servers tagged with the cluster (Nova metadata {@code opencenter-cluster=<cluster>}), in creation order. */
    List<CloudServer> servers(String cluster);

    /**
     * The volume named {@code name}, created with this size and metadata when there is none yet; the CSI driver names
     * volumes after their PV, so a second call after a crash finds the first volume instead of leaking another.
     *
     * @return the volume's id
     * @throws VolumeRefused when the cloud refuses (quota), with the cloud's message
     */
    String provision(String name, int sizeGb, Map<String, String> metadata);

    /** The volume, or empty when it no longer exists. */
    Optional<CloudVolume> volume(String volumeId);

    /** Attaches the volume to the server, detaching it from any other server first; nothing when already there. */
    void attach(String volumeId, String serverId);

    /** Detaches the volume from every server; nothing when it is not attached or gone. */
    void detach(String volumeId);

    /** Deletes the volume (detaching it first); nothing when it is already gone. */
    void delete(String volumeId);

    /** A Cinder volume as the CSI driver sees it; {@code serverId} is null while it is not attached. */
    record CloudVolume(String id, String name, int sizeGb, String serverId, Map<String, String> metadata) {
        public CloudVolume {
            metadata = Map.copyOf(metadata);
        }
    }

    /** The cloud refused to create a volume; the message is the cloud's, for the PVC's event. */
    final class VolumeRefused extends RuntimeException {
        public VolumeRefused(String message) {
            super(message);
        }
    }
}
