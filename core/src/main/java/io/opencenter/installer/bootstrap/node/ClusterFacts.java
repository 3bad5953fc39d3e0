package io.opencenter.installer.bootstrap.node;

import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.ConfigField;

/**
 * The config values every node's files are made from, read once; a missing one is named by its field path (the
 * validator reports them first, so this only guards against an unvalidated config).
 */
record ClusterFacts(String clusterName, KubeVersion version, String podCidr, String serviceCidr, String apiVip,
                    boolean hasWorkers) {

    /** The API server's port: on each control plane and, through kube-vip, on the VIP. */
    static final int API_PORT = 6443;

    static ClusterFacts of(ClusterConfig config) {
        ClusterSpec spec = config.spec();
        if (spec == null || spec.kubernetes() == null) {
            throw new IllegalArgumentException(ConfigField.KUBERNETES.path() + " is missing");
        }
        ClusterSpec.Kubernetes k = spec.kubernetes();
        boolean hasWorkers = spec.workerPools() != null && spec.workerPools().stream()
                .anyMatch(p -> p.count() != null && p.count() > 0);
        return new ClusterFacts(required(config.name(), ConfigField.NAME), KubeVersion.parse(k.version()),
                required(k.podCidr(), ConfigField.POD_CIDR), required(k.serviceCidr(), ConfigField.SERVICE_CIDR),
                required(k.apiVip(), ConfigField.API_VIP), hasWorkers);
    }

    /** {@code <apiVip>:6443}: kubeadm's controlPlaneEndpoint and the address nodes join through. */
    String endpoint() {
        return apiVip + ":" + API_PORT;
    }

    private static String required(String value, ConfigField field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field.path() + " is missing: set it in the cluster config");
        }
        return value.strip();
    }
}
