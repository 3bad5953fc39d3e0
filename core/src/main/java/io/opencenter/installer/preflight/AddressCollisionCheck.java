package io.opencenter.installer.preflight;

import static io.opencenter.installer.spec.ConfigField.API_VIP;
import static io.opencenter.installer.spec.ConfigField.METALLB_POOL;
import static io.opencenter.installer.spec.ConfigField.NODE_CIDR;

import io.opencenter.installer.openstack.OpenStackGateway.Port;
import io.opencenter.installer.openstack.OpenStackGateway.Subnet;
import io.opencenter.installer.spec.AddressRange;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.spec.Ipv4;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * On a network that already exists, the API VIP and the MetalLB pool must not hold an address some other port
 * (a DHCP port, another project's VM, the router) already has. Ports named {@code <cluster>-...} are the cluster's
 * own from an earlier apply (its VIP port holds the VIP on purpose) and are not collisions.
 */
final class AddressCollisionCheck {
    private AddressCollisionCheck() {}

    static List<Finding> check(ClusterConfig config, ReusedNetwork reused) {
        List<Finding> findings = new ArrayList<>();
        ClusterSpec spec = config.spec();
        if (reused == null || spec == null) {
            return findings;
        }
        String ownPrefix = config.name() == null ? null : config.name() + "-";
        Optional<Ipv4> vip = parseIp(spec.kubernetes() == null ? null : spec.kubernetes().apiVip());
        Optional<AddressRange> pool = parseRange(spec.network() == null ? null : spec.network().metallbPool());
        for (Port port : reused.ports()) {
            if (ownPrefix != null && port.name() != null && port.name().startsWith(ownPrefix)) {
                continue;
            }
            for (String fixed : port.fixedIps()) {
                Optional<Ipv4> ip = parseIp(fixed);
                if (ip.isEmpty()) {
                    continue;
                }
                if (vip.isPresent() && vip.get().equals(ip.get())) {
                    findings.add(Finding.error(API_VIP.path(), "the API VIP " + fixed
                            + " is already taken by port " + describe(port) + " on network " + reused.network().name(),
                            "pick a free address of the node network"));
                }
                if (pool.isPresent() && pool.get().contains(ip.get())) {
                    findings.add(Finding.error(METALLB_POOL.path(), "the MetalLB pool " + pool.get()
                            + " contains " + fixed + ", already taken by port " + describe(port) + " on network "
                            + reused.network().name(), "move the pool to addresses no port uses"));
                }
            }
        }
        checkSubnet(spec, reused, findings);
        return findings;
    }

    private static void checkSubnet(ClusterSpec spec, ReusedNetwork reused, List<Finding> findings) {
        String nodeCidr = spec.network() == null ? null : spec.network().nodeCidr();
        if (nodeCidr == null || reused.subnets().isEmpty()) {
            return;
        }
        boolean matches = reused.subnets().stream().map(Subnet::cidr).anyMatch(nodeCidr::equals);
        if (!matches) {
            findings.add(Finding.warning(NODE_CIDR.path(), "network " + reused.network().name()
                    + " already exists with subnet(s) " + String.join(", ",
                    reused.subnets().stream().map(Subnet::cidr).toList()) + ", not " + nodeCidr,
                    "use the existing subnet's CIDR, or delete the old network first"));
        }
    }

    /** {@code name (id, owner)}, or {@code id (owner)} for an unnamed port such as Neutron's DHCP port. */
    private static String describe(Port port) {
        boolean named = port.name() != null && !port.name().isBlank();
        List<String> details = new ArrayList<>();
        if (named) {
            details.add(port.id());
        }
        if (port.deviceOwner() != null && !port.deviceOwner().isBlank()) {
            details.add(port.deviceOwner());
        }
        String label = named ? port.name() : port.id();
        return details.isEmpty() ? label : label + " (" + String.join(", ", details) + ")";
    }

    private static Optional<Ipv4> parseIp(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Ipv4.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();   // IPv6 fixed IPs, or a config value that validation already reports
        }
    }

    private static Optional<AddressRange> parseRange(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(AddressRange.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
