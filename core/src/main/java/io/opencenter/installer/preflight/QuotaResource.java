package io.opencenter.installer.preflight;

/**
 * The quotas preflight compares, named as {@link io.opencenter.installer.openstack.OpenStackGateway.Quota#resource()}
 * names them; the order is the order of the quota table.
 */
public enum QuotaResource {
    INSTANCES("instances", "instances"),
    CORES("cores", "cores"),
    RAM_MB("ramMb", "ram"),
    VOLUMES("volumes", "volumes"),
    GIGABYTES("gigabytes", "gigabytes"),
    SERVER_GROUPS("serverGroups", "server-groups"),
    KEY_PAIRS("keyPairs", "key-pairs"),
    NETWORKS("networks", "networks"),
    SUBNETS("subnets", "subnets"),
    ROUTERS("routers", "routers"),
    PORTS("ports", "ports"),
    FLOATING_IPS("floatingIps", "floating-ips"),
    SECURITY_GROUPS("securityGroups", "secgroups"),
    SECURITY_GROUP_RULES("securityGroupRules", "secgroup-rules");

    private final String id;
    private final String cliOption;

    QuotaResource(String id, String cliOption) {
        this.id = id;
        this.cliOption = cliOption;
    }

    /** The {@code openstack quota set} option that raises it, without dashes, e.g. {@code ram}. */
    public String cliOption() {
        return cliOption;
    }

    /** The gateway's name of this quota, e.g. {@code ramMb}. */
    public String id() {
        return id;
    }
}
