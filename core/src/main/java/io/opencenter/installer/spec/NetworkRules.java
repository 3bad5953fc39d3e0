package io.opencenter.installer.spec;

import io.opencenter.installer.spec.ClusterSpec.Kubernetes;
import io.opencenter.installer.spec.ClusterSpec.Network;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The address plan: node, pod and service CIDRs, the API VIP, the MetalLB pool and DNS servers.
 * A value that does not parse (or is out of range) is reported once and then left out of the checks that build
 * on it, so one typo does not fan out into a page of follow-up findings.
 */
final class NetworkRules {
    static final int MIN_NODE_PREFIX = 16;
    static final int MAX_NODE_PREFIX = 28;

    private final Findings f;

    NetworkRules(Findings f) {
        this.f = f;
    }

    /** @param nodeCount every node the cluster will have (control plane + workers), for the capacity check */
    void check(Kubernetes k8s, Network net, int nodeCount) {
        boolean hasK8s = f.require("spec.kubernetes", k8s,
                "add kubernetes: with version, podCidr, serviceCidr, apiVip");
        boolean hasNet = f.require("spec.network", net, "add network: with nodeCidr, externalNetwork, metallbPool");
        Cidr node = hasNet ? nodeCidr(net.nodeCidr()) : null;
        Cidr pod = hasK8s ? cidr("spec.kubernetes.podCidr", k8s.podCidr(), "10.244.0.0/16") : null;
        Cidr service = hasK8s ? cidr("spec.kubernetes.serviceCidr", k8s.serviceCidr(), "10.96.0.0/12") : null;
        List<Cidr> planned = Stream.of(node, pod, service).filter(Objects::nonNull).toList();
        // Each overlap is reported once, at the field more likely to be free to change: pod and service ranges
        // exist only inside the cluster, while nodeCidr is often dictated by the surrounding network.
        disjoint("spec.kubernetes.podCidr", pod, "nodeCidr", node, planned);
        disjoint("spec.kubernetes.podCidr", pod, "serviceCidr", service, planned);
        disjoint("spec.kubernetes.serviceCidr", service, "nodeCidr", node, planned);
        if (!hasNet) {
            return;
        }
        f.require("spec.network.externalNetwork", net.externalNetwork(),
                "name the external (provider) network floating IPs come from, e.g. public");
        dnsNameservers(net.dnsNameservers());
        AddressRange pool = metallbPool(net.metallbPool(), node);
        Ipv4 vip = hasK8s ? apiVip(k8s.apiVip(), node, pool) : null;
        if (node != null) {
            capacity(node, pool, vip, nodeCount);
        }
    }

    private Cidr nodeCidr(String text) {
        Cidr node = cidr("spec.network.nodeCidr", text, "10.20.0.0/24");
        if (node != null && (node.prefix() < MIN_NODE_PREFIX || node.prefix() > MAX_NODE_PREFIX)) {
            f.error("spec.network.nodeCidr", "nodeCidr " + text + " has prefix /" + node.prefix()
                    + ", outside /" + MIN_NODE_PREFIX + " to /" + MAX_NODE_PREFIX,
                    "use a prefix from /" + MIN_NODE_PREFIX + " (65536 addresses) to /" + MAX_NODE_PREFIX
                    + " (16 addresses), e.g. " + new Cidr(node.address(), 24).canonical());
            return null;
        }
        return node;
    }

    private Cidr cidr(String path, String text, String example) {
        String field = Findings.lastSegment(path);
        if (!f.require(path, text, "set it to a private IPv4 block, e.g. " + example)) {
            return null;
        }
        Cidr cidr;
        try {
            cidr = Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            f.error(path, field + " " + Findings.quote(text) + " is not an IPv4 CIDR: " + e.getMessage(),
                    "write network/prefix, e.g. " + example);
            return null;
        }
        if (cidr.hasHostBits()) {
            f.error(path, field + " " + text + " has host bits set", "use its network address: " + cidr.canonical());
            return null;
        }
        return cidr;
    }

    private void disjoint(String path, Cidr cidr, String otherName, Cidr other, List<Cidr> planned) {
        if (cidr != null && other != null && cidr.overlaps(other)) {
            String field = Findings.lastSegment(path);
            f.error(path, field + " " + cidr + " overlaps " + otherName + " " + other,
                    "pick a block that shares no address with " + other + ", e.g. "
                    + AddressPlan.disjointExample(cidr, planned));
        }
    }

    private void dnsNameservers(List<String> servers) {
        if (servers == null) {
            return;
        }
        for (int i = 0; i < servers.size(); i++) {
            String s = servers.get(i);
            String path = "spec.network.dnsNameservers[" + i + "]";
            if (s == null || s.isBlank()) {
                f.error(path, "dnsNameservers[" + i + "] is empty",
                        "write a resolver's IPv4 address, e.g. 1.1.1.1, or remove the entry");
                continue;
            }
            try {
                Ipv4.parse(s);
            } catch (IllegalArgumentException e) {
                f.error(path, "DNS server " + Findings.quote(s) + " is not an IPv4 address: " + e.getMessage(),
                        "use the IPv4 address of a resolver, e.g. 1.1.1.1");
            }
        }
    }

    private AddressRange metallbPool(String text, Cidr node) {
        String path = "spec.network.metallbPool";
        String example = node == null ? "10.20.0.200-10.20.0.220" : AddressPlan.examplePool(node).toString();
        if (!f.require(path, text, "give MetalLB a range of free node-network addresses, e.g. " + example)) {
            return null;
        }
        AddressRange pool;
        try {
            pool = AddressRange.parse(text);
        } catch (IllegalArgumentException e) {
            f.error(path, "metallbPool " + Findings.quote(text) + " is not an address range: " + e.getMessage(),
                    "write first-last or a CIDR, e.g. " + example);
            return null;
        }
        if (node == null) {
            return pool;
        }
        // "At least one address" needs no check of its own: AddressRange refuses start > end.
        String problem = null;
        if (!pool.isInside(node)) {
            problem = " is not inside nodeCidr " + node;
        } else if (pool.contains(AddressPlan.gateway(node))) {
            problem = " contains the gateway " + AddressPlan.gateway(node) + " (first address of nodeCidr)";
        } else if (pool.contains(node.network()) || pool.contains(node.broadcast())) {
            problem = " contains the network or broadcast address of nodeCidr " + node;
        }
        if (problem != null) {
            f.error(path, "metallbPool " + text + problem,
                    "pick free addresses inside " + node + " past the gateway, e.g. " + example);
            return null;
        }
        return pool;
    }

    private Ipv4 apiVip(String text, Cidr node, AddressRange pool) {
        String path = "spec.kubernetes.apiVip";
        String example = node == null ? "10.20.0.10" : AddressPlan.exampleVip(node, pool).toString();
        if (!f.require(path, text, "pick a free address in nodeCidr for the Kubernetes API, e.g. " + example)) {
            return null;
        }
        Ipv4 vip;
        try {
            vip = Ipv4.parse(text);
        } catch (IllegalArgumentException e) {
            f.error(path, "apiVip " + Findings.quote(text) + " is not an IPv4 address: " + e.getMessage(),
                    "use an address inside nodeCidr, e.g. " + example);
            return null;
        }
        if (node == null) {
            return vip;
        }
        String problem = null;
        String fix = "pick another address inside " + node + ", e.g. " + example;
        if (!node.contains(vip)) {
            problem = " is outside nodeCidr " + node;
            fix = "pick an address inside " + node + ", e.g. " + example;
        } else if (vip.equals(node.network())) {
            problem = " is the network address of nodeCidr " + node;
        } else if (vip.equals(node.broadcast())) {
            problem = " is the broadcast address of nodeCidr " + node;
        } else if (vip.equals(AddressPlan.gateway(node))) {
            problem = " is the gateway (first address) of nodeCidr " + node;
        } else if (pool != null && pool.contains(vip)) {
            problem = " is inside metallbPool " + pool + ", so MetalLB could hand it to a Service";
            fix = "pick an address outside " + pool + ", e.g. " + example;
        }
        if (problem != null) {
            f.error(path, "apiVip " + text + problem, fix);
            return null;
        }
        return vip;
    }

    private void capacity(Cidr node, AddressRange pool, Ipv4 vip, int nodeCount) {
        long room = AddressPlan.nodeAddresses(node, pool, vip);
        if (nodeCount > room) {
            f.error("spec.network.nodeCidr", "nodeCidr " + node + " leaves room for " + room
                    + " node addresses but the cluster has " + nodeCount + " nodes",
                    "use a larger nodeCidr (e.g. " + new Cidr(node.address(), Math.max(MIN_NODE_PREFIX,
                    node.prefix() - 2)).canonical() + ") or a smaller metallbPool");
        }
    }
}
