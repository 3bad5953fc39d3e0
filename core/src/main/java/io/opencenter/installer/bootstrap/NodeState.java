package io.opencenter.installer.bootstrap;

/** Where one node is on its way into the cluster, as the API server sees it. */
public enum NodeState {
    /** No Node object yet: the server is booting, installing, or running kubeadm. */
    WAITING("waiting to register"),
    /** The kubelet registered the Node; it is not Ready yet (no CNI yet, or the kubelet is still starting). */
    REGISTERED("registered, not ready"),
    /** The Node reports Ready. */
    READY("ready");

    private final String label;

    NodeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
