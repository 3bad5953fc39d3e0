package io.opencenter.installer.sandbox.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Nova's resources. Servers are mutable because actions and metadata calls change them in place. */
public final class ComputeModel {
    private ComputeModel() {
    }

    public record Flavor(String id, String name, int vcpus, int ram, int disk, boolean isPublic) {
    }

    public record KeyPair(String name, String userId, String publicKey, String fingerprint, String type,
                          long createdAt) {
    }

    public static final class ServerGroup {
        public String id;
        public String name;
        public String projectId;
        public String userId;
        public String policy;
        public List<String> members = new ArrayList<>();
    }

    /**
     * Status is derived from time, so the transition BUILD → ACTIVE (or ERROR when {@code fault} is set) needs no
     * background thread and survives a restart from the state file.
     */
    public static final class Server {
        public String id;
        public String name;
        public String projectId;
        public String userId;
        public String flavorId;
        public String imageId;
        public String keyName;
        public String availabilityZone;
        public String host;
        public String serverGroupId;
        public Map<String, String> metadata = new LinkedHashMap<>();
        public List<String> securityGroups = new ArrayList<>();
        /** Ports Nova made for it on a requested network: they go when it goes; ports passed in are only released. */
        public List<String> createdPorts = new ArrayList<>();
        /** Volumes of its block device mapping with {@code delete_on_termination}: they go when it goes. */
        public List<String> volumesDeletedWithServer = new ArrayList<>();
        public long createdAt;
        public long updatedAt;
        public long readyAt;
        public String fault;
        /**
         * Null when the node's bootstrap goes through; otherwise why its kubeadm step fails (the console log shows
         * it, and a simulated Kubernetes should not register the node).
         */
        public String joinFault;
        public boolean stopped;

        public String status(long now) {
            if (now < readyAt) {
                return "BUILD";
            }
            if (fault != null) {
                return "ERROR";
            }
            return stopped ? "SHUTOFF" : "ACTIVE";
        }
    }
}
