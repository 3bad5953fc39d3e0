package io.opencenter.installer.ui.wizard.cluster;

import java.util.List;

/** The config paths the Cluster page has an input for (as the validator names them in findings). */
public final class FieldPaths {
    public static final String NAME = "metadata.name";
    public static final String CLOUD_NAME = "spec.cloud.name";
    public static final String REGION = "spec.cloud.region";
    public static final String AVAILABILITY_ZONE = "spec.cloud.availabilityZone";
    public static final String SANDBOX = "spec.cloud.sandbox";
    public static final String KUBERNETES_VERSION = "spec.kubernetes.version";
    public static final String POD_CIDR = "spec.kubernetes.podCidr";
    public static final String SERVICE_CIDR = "spec.kubernetes.serviceCidr";
    public static final String API_VIP = "spec.kubernetes.apiVip";
    public static final String NODE_CIDR = "spec.network.nodeCidr";
    public static final String EXTERNAL_NETWORK = "spec.network.externalNetwork";
    public static final String DNS_NAMESERVERS = "spec.network.dnsNameservers";
    public static final String METALLB_POOL = "spec.network.metallbPool";
    public static final String CONTROL_PLANE_COUNT = "spec.controlPlane.count";
    public static final String CONTROL_PLANE_FLAVOR = "spec.controlPlane.flavor";
    public static final String CONTROL_PLANE_IMAGE = "spec.controlPlane.image";
    public static final String CONTROL_PLANE_VOLUME = "spec.controlPlane.volumeSizeGb";
    public static final String WORKER_POOLS = "spec.workerPools";
    public static final String SSH_KEY = "spec.sshPublicKeyFile";
    public static final String PROFILE = "spec.platform.profile";
    public static final String OIDC_ISSUER = "spec.platform.oidc.issuerUrl";
    public static final String OIDC_CLIENT = "spec.platform.oidc.clientId";
    public static final String GIT_REPO = "spec.platform.gitops.repoUrl";
    public static final String GIT_BRANCH = "spec.platform.gitops.branch";
    public static final String GIT_PATH = "spec.platform.gitops.path";
    public static final String SERIALIZE = "spec.provisioning.serializeApiCalls";
    public static final String PARALLELISM = "spec.provisioning.parallelism";
    public static final String OFFLINE_BUNDLE = "spec.offline.bundle";
    public static final String OFFLINE_REGISTRY = "spec.offline.registry";

    /** Worker pool columns, as in {@code spec.workerPools[i].<column>}. */
    public static final List<String> POOL_COLUMNS = List.of("name", "count", "flavor", "image", "volumeSizeGb");

    public static final List<String> FIXED = List.of(NAME, CLOUD_NAME, REGION, AVAILABILITY_ZONE, SANDBOX,
            KUBERNETES_VERSION, POD_CIDR, SERVICE_CIDR, API_VIP, NODE_CIDR, EXTERNAL_NETWORK, DNS_NAMESERVERS,
            METALLB_POOL, CONTROL_PLANE_COUNT, CONTROL_PLANE_FLAVOR, CONTROL_PLANE_IMAGE, CONTROL_PLANE_VOLUME,
            WORKER_POOLS, SSH_KEY, PROFILE, OIDC_ISSUER, OIDC_CLIENT, GIT_REPO, GIT_BRANCH, GIT_PATH, SERIALIZE,
            PARALLELISM, OFFLINE_BUNDLE, OFFLINE_REGISTRY);

    private FieldPaths() {}

    /** {@code spec.workerPools[i]}: the row as a whole. */
    public static String pool(int index) {
        return WORKER_POOLS + "[" + index + "]";
    }

    /** {@code spec.workerPools[i].column}. */
    public static String pool(int index, String column) {
        return pool(index) + "." + column;
    }
}
