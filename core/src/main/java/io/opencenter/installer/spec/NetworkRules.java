package io.opencenter.installer.spec;

import static io.opencenter.installer.spec.ConfigField.API_VIP;
import static io.opencenter.installer.spec.ConfigField.DNS_NAMESERVERS;
import static io.opencenter.installer.spec.ConfigField.EXTERNAL_NETWORK;
import static io.opencenter.installer.spec.ConfigField.KUBERNETES;
import static io.opencenter.installer.spec.ConfigField.METALLB_POOL;
import static io.opencenter.installer.spec.ConfigField.NETWORK;
import static io.opencenter.installer.spec.ConfigField.NODE_CIDR;
import static io.opencenter.installer.spec.ConfigField.POD_CIDR;
import static io.opencenter.installer.spec.ConfigField.SERVICE_CIDR;

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
        boolean hasK8s = f.require(KUBERNETES, k8s,
                "add kubernetes: with version, podCidr, serviceCidr, apiVip");
        boolean hasNet = f.require(NETWORK, net, "add network: with nodeCidr, externalNetwork, metallbPool");
        Cidr node = hasNet ? nodeCidr(net.nodeCidr()) : null;
        Cidr pod = hasK8s ? cidr(POD_CIDR, k8s.podCidr(), "10.244.0.0/16") : null;
        Cidr service = hasK8s ? cidr(SERVICE_CIDR, k8s.serviceCidr(), "10.96.0.0/12") : null;
        List<Cidr> planned = Stream.of(node, pod, service).filter(Objects::nonNull).toList();
        // Each overlap is reported once, at the field more likely to be free to change: pod and service ranges
        // exist only inside the cluster, while nodeCidr is often dictated by the surrounding network.
        disjoint(POD_CIDR, pod, "nodeCidr", node, planned);
        disjoint(POD_CIDR, pod, "serviceCidr", service, planned);
        disjoint(SERVICE_CIDR, service, "nodeCidr", node, planned);
        if (!hasNet) {
            return;
        }
        f.require(EXTERNAL_NETWORK, net.externalNetwork(),
                "name the external (provider) network floating IPs come from, e.g. public");
        dnsNameservers(net.dnsNameservers());
        AddressRange pool = metallbPool(net.metallbPool(), node);
        Ipv4 vip = hasK8s ? apiVip(k8s.apiVip(), node, pool) : null;
        if (node != null) {
            capacity(node, pool, vip, nodeCount);
        }
    }

    private Cidr nodeCidr(String text) {
        Cidr node = cidr(NODE_CIDR, text, "10.20.0.0/24");
        if (node != null && (node.prefix() < MIN_NODE_PREFIX || node.prefix() > MAX_NODE_PREFIX)) {
            f.error(NODE_CIDR, "nodeCidr " + text + " has prefix /" + node.prefix()
                    + ", outside /" + MIN_NODE_PREFIX + " to /" + MAX_NODE_PREFIX,
                    "use a prefix from /" + MIN_NODE_PREFIX + " (65536 addresses) to /" + MAX_NODE_PREFIX
                    + " (16 addresses), e.g. " + new Cidr(node.address(), 24).canonical());
            return null;
        }
        return node;
    }

    private Cidr cidr(ConfigField field, String text, String example) {
        String key = field.key();
        if (!f.require(field, text, "set it to a private IPv4 block, e.g. " + example)) {
            return null;
        }
        Cidr cidr;
        try {
            cidr = Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            f.error(field, key + " " + Findings.quote(text) + " is not an IPv4 CIDR: " + e.getMessage(),
                    "write network/prefix, e.g. " + example);
            return null;
        }
        if (cidr.hasHostBits()) {
            f.error(field, key + " " + text + " has host bits set", "use its network address: " + cidr.canonical());
            return null;
        }
        return cidr;
    }

    private void disjoint(ConfigField field, Cidr cidr, String otherName, Cidr other, List<Cidr> planned) {
        if (cidr != null && other != null && cidr.overlaps(other)) {
            String key = field.key();
            f.error(field, key + " " + cidr + " overlaps " + otherName + " " + other,
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
            String path = DNS_NAMESERVERS.at(i);
            if (s == null || s.isBlank()) {
                f.error(path, Findings.lastSegment(path) + " is empty",
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
        String example = node == null ? "10.20.0.200-10.20.0.220" : AddressPlan.examplePool(node).toString();
        if (!f.require(METALLB_POOL, text, "give MetalLB a range of free node-network addresses, e.g. " + example)) {
            return null;
        }
        AddressRange pool;
        try {
            pool = AddressRange.parse(text);
        } catch (IllegalArgumentException e) {
            f.error(METALLB_POOL, "metallbPool " + Findings.quote(text) + " is not an address range: " + e.getMessage(),
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
            f.error(METALLB_POOL, "metallbPool " + text + problem,
                    "pick free addresses inside " + node + " past the gateway, e.g. " + example);
            return null;
        }
        return pool;
    }

    private Ipv4 apiVip(String text, Cidr node, AddressRange pool) {
        String example = node == null ? "10.20.0.10" : AddressPlan.exampleVip(node, pool).toString();
        if (!f.require(API_VIP, text, "pick a free address in nodeCidr for the Kubernetes API, e.g. " + example)) {
            return null;
        }
        Ipv4 vip;
        try {
            vip = Ipv4.parse(text);
        } catch (IllegalArgumentException e) {
            f.error(API_VIP, "apiVip " + Findings.quote(text) + " is not an IPv4 address: " + e.getMessage(),
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
            f.error(API_VIP, "apiVip " + text + problem, fix);
            return null;
        }
        return vip;
    }

    private void capacity(Cidr node, AddressRange pool, Ipv4 vip, int nodeCount) {
        long room = AddressPlan.nodeAddresses(node, pool, vip);
        if (nodeCount > room) {
            f.error(NODE_CIDR, "nodeCidr " + node + " leaves room for " + room
                    + " node addresses but the cluster has " + nodeCount + " nodes",
                    "use a larger nodeCidr (e.g. " + new Cidr(node.address(), Math.max(MIN_NODE_PREFIX,
                    node.prefix() - 2)).canonical() + ") or a smaller metallbPool");
        }
    }
}
