package io.opencenter.installer.sandbox.state;

import java.util.ArrayList;
import java.util.List;

/**
 * Octavia's load balancers. The provisioning status is derived from time (PENDING_CREATE until {@code readyAt},
 * then ACTIVE), like server and volume states, so it survives a restart from the state file.
 */
public final class LoadBalancerModel {
    private LoadBalancerModel() {
    }

    public static final class LoadBalancer {
        public String id;
        public String name = "";
        public String description = "";
        public String projectId;
        public String vipSubnetId;
        public String vipNetworkId;
        public String vipPortId;
        public String vipAddress;
        /** Listener ids; a load balancer with any is only removed by a cascade delete. */
        public List<String> listeners = new ArrayList<>();
        public long createdAt;
        public long updatedAt;
        public long readyAt;

        public String provisioningStatus(long now) {
            return now < readyAt ? "PENDING_CREATE" : "ACTIVE";
        }
    }
}
