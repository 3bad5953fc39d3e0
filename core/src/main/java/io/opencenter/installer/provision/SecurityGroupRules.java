package io.opencenter.installer.provision;

import java.util.List;

/**
 * The security-group rules a cluster needs, in one place so that preflight counts exactly what provisioning
 * creates. Two groups: control plane and workers. Sources follow the reference deployment: the API from an
 * allow-list (the config has none yet, so anywhere), VRRP (IP protocols 112 and 51) for the kube-vip VIP,
 * etcd and kubelet inside the cluster, all traffic between cluster groups and from the pod/service CIDRs
 * (the pod network), NodePorts and the Gateway's HTTP(S) on workers (MetalLB addresses live on worker nodes).
 */
public final class SecurityGroupRules {

    public enum Group { CONTROL_PLANE, WORKERS }

    /** Where traffic may come from: a CIDR from the config, a fixed CIDR, or another cluster group. */
    public enum Source { ANYWHERE, NODE_CIDR, POD_CIDR, SERVICE_CIDR, CONTROL_PLANE_GROUP, WORKERS_GROUP }

    /**
     * One ingress rule. {@code protocol} is a Neutron protocol name or number ({@code tcp}, {@code udp},
     * {@code 112}, {@code 51}) or null for any; ports are null when the protocol has none or any port is meant.
     */
    public record Rule(Group group, String protocol, Integer portMin, Integer portMax, Source source, String purpose) {}

    /**
     * Neutron adds two egress rules (IPv4 and IPv6, any destination) to every new group, and they count
     * against the {@code security_group_rule} quota.
     */
    public static final int DEFAULT_EGRESS_RULES_PER_GROUP = 2;

    private static final List<Rule> RULES = List.of(
            new Rule(Group.CONTROL_PLANE, "tcp", 6443, 6443, Source.ANYWHERE, "Kubernetes API on the kube-vip VIP"),
            new Rule(Group.CONTROL_PLANE, "112", null, null, Source.NODE_CIDR, "VRRP for the API VIP"),
            new Rule(Group.CONTROL_PLANE, "51", null, null, Source.NODE_CIDR, "AH for the API VIP"),
            new Rule(Group.CONTROL_PLANE, "tcp", 2379, 2380, Source.CONTROL_PLANE_GROUP, "etcd client and peer"),
            new Rule(Group.CONTROL_PLANE, "tcp", 10250, 10250, Source.NODE_CIDR, "kubelet API"),
            new Rule(Group.CONTROL_PLANE, null, null, null, Source.CONTROL_PLANE_GROUP, "intra-cluster"),
            new Rule(Group.CONTROL_PLANE, null, null, null, Source.WORKERS_GROUP, "intra-cluster"),
            new Rule(Group.CONTROL_PLANE, null, null, null, Source.POD_CIDR, "pod network"),
            new Rule(Group.CONTROL_PLANE, null, null, null, Source.SERVICE_CIDR, "service network"),
            new Rule(Group.WORKERS, "tcp", 30000, 32767, Source.ANYWHERE, "NodePort services (TCP)"),
            new Rule(Group.WORKERS, "udp", 30000, 32767, Source.ANYWHERE, "NodePort services (UDP)"),
            new Rule(Group.WORKERS, "tcp", 80, 80, Source.ANYWHERE, "Gateway HTTP on MetalLB addresses"),
            new Rule(Group.WORKERS, "tcp", 443, 443, Source.ANYWHERE, "Gateway HTTPS on MetalLB addresses"),
            new Rule(Group.WORKERS, "tcp", 10250, 10250, Source.CONTROL_PLANE_GROUP, "kubelet API"),
            new Rule(Group.WORKERS, null, null, null, Source.CONTROL_PLANE_GROUP, "intra-cluster"),
            new Rule(Group.WORKERS, null, null, null, Source.WORKERS_GROUP, "intra-cluster"),
            new Rule(Group.WORKERS, null, null, null, Source.POD_CIDR, "pod network"));

    private SecurityGroupRules() {}

    /** The ingress rules the installer creates, control plane first. */
    public static List<Rule> rules() {
        return RULES;
    }

    public static int groupCount() {
        return Group.values().length;
    }

    /** Rules counted against the quota: the installer's own plus Neutron's default egress rules. */
    public static int quotaCount() {
        return RULES.size() + groupCount() * DEFAULT_EGRESS_RULES_PER_GROUP;
    }
}
