package io.opencenter.installer.provision;

/**
 * What a planned resource is. {@code neutronMutating} marks the kinds whose creation is a Neutron write call: when
 * {@code provisioning.serializeApiCalls} is true the executor runs those one at a time (the spec's guard against
 * load-balancer and port race conditions), while compute and volume calls keep their parallelism.
 */
public enum ResourceKind {
    NETWORK(CloudService.NETWORK),
    SUBNET(CloudService.NETWORK),
    ROUTER(CloudService.NETWORK),
    ROUTER_INTERFACE(CloudService.NETWORK),
    SECURITY_GROUP(CloudService.NETWORK),
    SECURITY_GROUP_RULE(CloudService.NETWORK),
    PORT(CloudService.NETWORK),
    FLOATING_IP(CloudService.NETWORK),
    SERVER_GROUP(CloudService.COMPUTE),
    KEYPAIR(CloudService.COMPUTE),
    VOLUME(CloudService.VOLUME),
    SERVER(CloudService.COMPUTE),
    /** Never planned: Octavia load balancers the cloud controller manager made; destroy finds and removes them. */
    LOAD_BALANCER(CloudService.LOAD_BALANCER),
    /**
     * Never planned: the Keystone application credential the installer makes for the cluster's cloud controller
     * manager and Cinder CSI driver when it bootstraps the cluster; destroy finds it by name and removes it.
     */
    APPLICATION_CREDENTIAL(CloudService.IDENTITY);

    private final CloudService service;

    ResourceKind(CloudService service) {
        this.service = service;
    }

    public CloudService service() {
        return service;
    }

    /** Every kind the installer creates in Neutron is created by a mutating call. */
    public boolean neutronMutating() {
        return service == CloudService.NETWORK;
    }
}
