package io.opencenter.installer.sandbox.network;

import com.fasterxml.jackson.databind.JsonNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.state.CloudState;
import io.opencenter.installer.sandbox.state.DefaultSecurityGroup;
import io.opencenter.installer.sandbox.state.Ipv4;
import io.opencenter.installer.sandbox.state.NetworkModel.FixedIp;
import io.opencenter.installer.sandbox.state.NetworkModel.Network;
import io.opencenter.installer.sandbox.state.NetworkModel.Port;
import io.opencenter.installer.sandbox.state.NetworkModel.Subnet;
import io.opencenter.installer.sandbox.state.SandboxContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Creates Neutron ports with their IP allocation; used by the ports API, router interfaces and gateways,
 * floating IPs and Nova's server create. Errors are Neutron's (types and messages as Zed sends them).
 */
public final class PortFactory {
    private static final Random MAC = new Random();
    private final SandboxContext ctx;

    public PortFactory(SandboxContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param requestedIps Neutron's {@code fixed_ips} ([{subnet_id?, ip_address?}]) or null for one address on
     *                     the network's first IPv4 subnet
     * @param checkQuota   false for ports Neutron does not count against the project (router gateway, FIP)
     */
    public Port create(String projectId, String networkId, JsonNode requestedIps, String deviceOwner,
                       String deviceId, boolean checkQuota) {
        CloudState s = ctx.state();
        Network net = s.networks.get(networkId);
        if (net == null) {
            throw NeutronErrors.notFound("Network", networkId);
        }
        if (checkQuota) {
            long used = CloudState.countOwned(s.ports.values(), projectId, p -> true);
            if (!ctx.quotas().allows("port", used, 1)) {
                throw NeutronErrors.overQuota("port");
            }
        }
        Port p = new Port();
        p.id = SandboxContext.uuid();
        p.projectId = projectId;
        p.networkId = networkId;
        p.macAddress = String.format(Locale.ROOT, "fa:16:3e:%02x:%02x:%02x", MAC.nextInt(256), MAC.nextInt(256),
                MAC.nextInt(256));
        p.deviceOwner = deviceOwner == null ? "" : deviceOwner;
        p.deviceId = deviceId == null ? "" : deviceId;
        p.fixedIps = allocate(net, requestedIps);
        if (p.deviceOwner.startsWith("compute:") || p.deviceOwner.isEmpty()) {
            p.securityGroups.add(DefaultSecurityGroup.ensure(s, projectId, ctx.now()).id);
        }
        p.createdAt = ctx.now();
        p.updatedAt = p.createdAt;
        p.revision = 1;
        s.ports.put(p.id, p);
        return p;
    }

    private List<FixedIp> allocate(Network net, JsonNode requested) {
        CloudState s = ctx.state();
        List<Subnet> subnets = s.subnets.values().stream().filter(sn -> sn.networkId.equals(net.id)).toList();
        List<FixedIp> result = new ArrayList<>();
        if (requested == null || requested.isNull() || requested.isMissingNode()) {
            if (subnets.isEmpty()) {
                return result;
            }
            Subnet first = subnets.get(0);
            result.add(new FixedIp(first.id, next(first)));
            return result;
        }
        for (JsonNode want : requested) {
            String subnetId = want.path("subnet_id").asText(null);
            String ip = want.path("ip_address").asText(null);
            Subnet subnet = subnetId != null ? s.subnets.get(subnetId)
                    : subnets.stream().filter(sn -> ip != null && Ipv4.contains(sn.cidr, ip)).findFirst().orElse(null);
            if (subnet == null || !subnet.networkId.equals(net.id)) {
                if (subnetId != null && s.subnets.get(subnetId) == null) {
                    throw NeutronErrors.notFound("Subnet", subnetId);
                }
                throw ApiError.neutron(400, "InvalidInput", "Invalid input for operation: IP address " + ip
                        + " is not a valid IP for the specified subnet.");
            }
            if (ip == null) {
                result.add(new FixedIp(subnet.id, next(subnet)));
                continue;
            }
            if (!Ipv4.contains(subnet.cidr, ip)) {
                throw ApiError.neutron(400, "InvalidIpForSubnet", "IP address " + ip
                        + " is not a valid IP for the specified subnet.");
            }
            if (s.usedAddresses(subnet.id).contains(ip)) {
                throw ApiError.neutron(409, "IpAddressAlreadyAllocated", "IP address " + ip
                        + " already allocated in subnet " + subnet.id);
            }
            result.add(new FixedIp(subnet.id, ip));
        }
        return result;
    }

    private String next(Subnet subnet) {
        Set<String> used = ctx.state().usedAddresses(subnet.id);
        String ip = Ipv4.nextFree(subnet, used);
        if (ip == null) {
            throw ApiError.neutron(409, "IpAddressGenerationFailure",
                    "No more IP addresses available on network " + subnet.networkId + ".");
        }
        return ip;
    }
}
