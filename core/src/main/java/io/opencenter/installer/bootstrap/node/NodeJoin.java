package io.opencenter.installer.bootstrap.node;

/**
 * What a node does with kubeadm when it boots. Bootstrap's own word for a node's part, so that this package needs
 * neither {@code provision}'s node roles nor {@code install}'s phases.
 */
public enum NodeJoin {
    /** The first control plane: {@code kubeadm init}, then the CNI and the installer's admin binding. */
    INIT,
    /** Every further control plane: {@code kubeadm join} as a control plane, with the cluster's CAs on disk. */
    JOIN_CONTROL_PLANE,
    /** A worker: {@code kubeadm join} with the bootstrap token and the CA hash, and no secret but the token. */
    JOIN_WORKER;

    /** Whether the node runs the control plane (and so holds the CA keys and kube-vip). */
    public boolean controlPlane() {
        return this != JOIN_WORKER;
    }
}
