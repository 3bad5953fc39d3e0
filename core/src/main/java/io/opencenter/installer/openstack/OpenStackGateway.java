package io.opencenter.installer.openstack;

import java.util.List;

/**
 * The installer's port to one OpenStack cloud (one project, one region). Implementations authenticate lazily,
 * re-authenticate before the token expires, retry transient failures, and throw {@link OpenStackException}
 * (never a library exception) with a message that names the endpoint and never a secret.
 * Provisioning calls (create/delete) are added by the provisioning work; this is the read side.
 */
public interface OpenStackGateway extends AutoCloseable {

    /** Logs in (or reuses a valid token) and returns who we are and the service catalog. */
    AuthInfo authenticate();

    /** Regions that appear in the service catalog. */
    List<String> regions();

    List<String> availabilityZones();

    List<Flavor> flavors();

    List<Image> images();

    /** Networks with {@code router:external = true}. */
    List<Network> externalNetworks();

    /** Every network the project can see (own, shared and external). */
    List<Network> networks();

    /**
     * Networks carrying {@code tag}. The default filters {@link #networks()}; implementations ask the server
     * ({@code ?tags=}) instead.
     */
    default List<Network> networksTagged(String tag) {
        return networks().stream().filter(n -> n.tags() != null && n.tags().contains(tag)).toList();
    }

    List<Subnet> subnets(String networkId);

    List<Port> ports(String networkId);

    List<String> keyPairs();

    /** Limits and usage of compute, network and block-storage quotas for the project. */
    List<Quota> quotas();

    /**
     * A cheap authenticated read on one service of the catalog ({@code compute}, {@code network},
     * {@code volumev3}/{@code block-storage}, {@code image}), for "Test connection".
     */
    void probe(String serviceType);

    /**
     * The logged-in user's Keystone application credentials. Gateways that cannot manage them (read-only fakes)
     * answer a CONFIG failure saying so.
     */
    default ApplicationCredentials applicationCredentials() {
        throw new OpenStackException(OpenStackException.Kind.CONFIG,
                "this connection to the cloud cannot manage application credentials");
    }

    /**
     * Whether Nova accepts compute API microversion {@code version} (e.g. {@code "2.15"}, where the soft server-group
     * policies begin), asked with a cheap read at that version: Nova answers 406 for one it does not offer. The
     * default, for gateways that cannot ask, says yes, as every Nova since Mitaka (2016) does for 2.15.
     */
    default boolean computeSupports(String version) {
        return true;
    }

    @Override
    void close();

    record AuthInfo(String userName, String userId, String projectName, String projectId, String domainName,
                    java.time.Instant expiresAt, List<Endpoint> catalog) {}

    /** One catalog entry: service type + region + interface → URL. */
    record Endpoint(String serviceType, String serviceName, String region, String interfaceType, String url) {}

    record Flavor(String id, String name, int vcpus, int ramMb, int diskGb, boolean isPublic) {}

    record Image(String id, String name, String status, int minDiskGb, int minRamMb, String osDistro,
                 String osVersion, long sizeBytes) {}

    record Network(String id, String name, boolean external, boolean shared, String status, List<String> subnetIds,
                   List<String> tags) {}

    record Subnet(String id, String name, String networkId, String cidr, String gatewayIp, int ipVersion) {}

    record Port(String id, String name, String networkId, List<String> fixedIps, String deviceOwner, String deviceId) {}

    /**
     * One quota: {@code service} is compute, network or volume; {@code resource} uses the installer's names
     * (instances, cores, ramMb, keyPairs, serverGroups, volumes, gigabytes, floatingIps, networks, subnets, routers,
     * ports, securityGroups, securityGroupRules). {@code limit} -1 means unlimited.
     */
    record Quota(String service, String resource, long limit, long inUse) {
        public boolean unlimited() {
            return limit < 0;
        }

        public long headroom() {
            return unlimited() ? Long.MAX_VALUE : Math.max(0, limit - inUse);
        }
    }
}
