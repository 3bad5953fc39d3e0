package io.opencenter.installer.provision;

/**
 * Port for the cloud-init user-data a node boots with. The bootstrap issue provides the real implementation
 * (kubeadm join data, certificates); until then {@link PlaceholderBootstrapData} stands in. Implementations must
 * be deterministic for a given node, so planning the same config twice gives the same plan.
 *
 * @param role  control plane or worker
 * @param group {@code control-plane} or the worker pool's name
 * @param index the node's number within its group, from 1
 */
@FunctionalInterface
public interface BootstrapData {
    String userData(NodeRole role, String group, int index);
}
