package io.opencenter.installer.install;

import io.opencenter.installer.bootstrap.node.NodeBootstrapInputs;
import io.opencenter.installer.bootstrap.node.NodeJoin;
import io.opencenter.installer.bootstrap.node.UserData;
import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.provision.BootstrapData;
import io.opencenter.installer.provision.NodeRole;
import io.opencenter.installer.provision.ResourceNames;
import io.opencenter.installer.spec.ClusterConfig;

/**
 * The cloud-init user-data of each node: the first control plane runs {@code kubeadm init}, the other control planes
 * join as control planes, workers join as workers. The bridge between the plan's node roles and the bootstrap
 * package, which knows nothing of provisioning.
 */
final class NodeUserData implements BootstrapData {

    private final ClusterConfig config;
    private final ClusterPki pki;

    NodeUserData(ClusterConfig config, ClusterPki pki) {
        this.config = config;
        this.pki = pki;
    }

    @Override
    public String userData(NodeRole role, String group, int index, String apiFloatingIp) {
        NodeJoin join = role == NodeRole.WORKER ? NodeJoin.JOIN_WORKER
                : index == 1 ? NodeJoin.INIT : NodeJoin.JOIN_CONTROL_PLANE;
        String mirror = config.spec().offline() == null ? null : config.spec().offline().registry();
        return UserData.render(new NodeBootstrapInputs(config, pki, apiFloatingIp, mirror), join,
                ResourceNames.name(config.name(), group, index));
    }
}
