package io.opencenter.installer.provision;

/** The OpenStack service that owns a planned resource (and where its cluster tag lives). */
public enum CloudService {
    /** Nova: servers, server groups, keypairs; the cluster tag is server metadata. */
    COMPUTE,
    /** Neutron: networks, routers, ports, security groups, floating IPs; the cluster tag is a Neutron tag. */
    NETWORK,
    /** Cinder: volumes; the cluster tag is volume metadata. */
    VOLUME,
    /** Octavia: load balancers the cloud controller manager makes; the installer creates none. */
    LOAD_BALANCER,
    /** Keystone: the cluster's application credential (found by its name: credentials take no tags). */
    IDENTITY
}
