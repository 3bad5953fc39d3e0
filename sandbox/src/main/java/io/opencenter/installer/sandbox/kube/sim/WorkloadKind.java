package io.opencenter.installer.sandbox.kube.sim;

/** The kinds a fault can be injected into; a Deployment's fault reaches the pods of its ReplicaSets. */
public enum WorkloadKind {
    DEPLOYMENT("Deployment"),
    DAEMON_SET("DaemonSet"),
    STATEFUL_SET("StatefulSet"),
    POD("Pod");

    private final String kind;

    WorkloadKind(String kind) {
        this.kind = kind;
    }

    /** The Kubernetes kind, {@code Deployment}. */
    public String kind() {
        return kind;
    }
}
