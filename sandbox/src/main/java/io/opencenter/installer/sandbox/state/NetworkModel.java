package io.opencenter.installer.sandbox.state;

import java.util.ArrayList;
import java.util.List;

/**
 * Neutron's resources. Mutable because Neutron's PUT updates them in place ({@code revision_number} counts);
 * tags are kept apart in {@link CloudState#tags} since every taggable resource shares the same tags API.
 */
public final class NetworkModel {
    private NetworkModel() {
    }

    public record FixedIp(String subnetId, String ipAddress) {
    }

    public record AddressPair(String ipAddress, String macAddress) {
    }

    public record Pool(String start, String end) {
    }

    /** Common to every Neutron resource. */
    public abstract static class Base {
        public String id;
        public String name = "";
        public String projectId;
        public String description = "";
        public long createdAt;
        public long updatedAt;
        public int revision;

        public void touch(long now) {
            updatedAt = now;
            revision++;
        }
    }

    public static final class Network extends Base {
        public boolean external;
        public boolean shared;
        public boolean adminStateUp = true;
        public int mtu = 1450;
        public String networkType = "vxlan";
    }

    public static final class Subnet extends Base {
        public String networkId;
        public String cidr;
        public String gatewayIp;
        public int ipVersion = 4;
        public boolean enableDhcp = true;
        public List<Pool> pools = new ArrayList<>();
        public List<String> dnsNameservers = new ArrayList<>();
    }

    public static final class Router extends Base {
        public String gatewayNetworkId;
        public boolean enableSnat = true;
        public boolean adminStateUp = true;
    }

    public static final class Port extends Base {
        public String networkId;
        public String macAddress;
        public List<FixedIp> fixedIps = new ArrayList<>();
        public List<AddressPair> allowedAddressPairs = new ArrayList<>();
        public String deviceOwner = "";
        public String deviceId = "";
        public List<String> securityGroups = new ArrayList<>();
        public boolean portSecurityEnabled = true;
        public boolean adminStateUp = true;
    }

    public static final class SecurityGroup extends Base {
        public boolean stateful = true;
    }

    public static final class Rule extends Base {
        public String groupId;
        public String direction;
        public String ethertype = "IPv4";
        public String protocol;
        public Integer portMin;
        public Integer portMax;
        public String remoteIpPrefix;
        public String remoteGroupId;
    }

    public static final class FloatingIp extends Base {
        public String floatingNetworkId;
        public String floatingIpAddress;
        public String fixedIpAddress;
        public String portId;
        public String routerId;
    }
}
