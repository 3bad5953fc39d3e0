package io.opencenter.installer.provision.cloud;

import io.opencenter.installer.openstack.client.Openstack4jGateway;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceKind;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link InfrastructureCloud} on openstack4j through the gateway (its login, retry policy and error mapping). Each
 * kind has its adapter; this class only routes. Creates go out once, reads, tags and deletes may be retried.
 */
public final class OpenStackInfrastructure implements InfrastructureCloud {

    private final String label;
    private final Map<ResourceKind, KindAdapter> adapters = new EnumMap<>(ResourceKind.class);
    private final ClusterLeftovers leftovers;
    private final NeutronObjects floatingIps;
    private final ServerObjects servers;

    OpenStackInfrastructure(Openstack4jGateway gateway, String label) {
        this.label = label;
        CloudCalls calls = new CloudCalls(gateway);
        CloudLookups lookups = new CloudLookups(gateway);
        NeutronCreator creator = new NeutronCreator(calls, lookups);
        Map<NeutronCollection, NeutronObjects> neutron = new EnumMap<>(NeutronCollection.class);
        for (NeutronCollection c : NeutronCollection.values()) {
            neutron.put(c, new NeutronObjects(c, calls, creator));
            adapters.put(c.kind(), neutron.get(c));
        }
        adapters.put(ResourceKind.ROUTER_INTERFACE, new RouterInterfaces(calls, neutron.get(NeutronCollection.ROUTERS)));
        adapters.put(ResourceKind.SECURITY_GROUP_RULE,
                new SecurityGroupRuleObjects(calls, neutron.get(NeutronCollection.SECURITY_GROUPS)));
        adapters.put(ResourceKind.SERVER_GROUP, new ServerGroupObjects(calls));
        adapters.put(ResourceKind.KEYPAIR, new KeypairObjects(calls));
        VolumeObjects volumes = new VolumeObjects(calls, lookups);
        adapters.put(ResourceKind.VOLUME, volumes);
        this.servers = new ServerObjects(calls, lookups);
        adapters.put(ResourceKind.SERVER, servers);
        LoadBalancerObjects loadBalancers = new LoadBalancerObjects(calls);
        adapters.put(ResourceKind.LOAD_BALANCER, loadBalancers);
        adapters.put(ResourceKind.APPLICATION_CREDENTIAL, new ApplicationCredentialObjects(gateway));
        this.floatingIps = neutron.get(NeutronCollection.FLOATING_IPS);
        this.leftovers = new ClusterLeftovers(volumes, loadBalancers, neutron.get(NeutronCollection.SECURITY_GROUPS),
                neutron.get(NeutronCollection.FLOATING_IPS));
    }

    @Override
    public List<CloudObject> list(ResourceKind kind, String cluster) {
        return adapter(kind).list(cluster);
    }

    @Override
    public CloudObject create(PlannedResource resource, Map<String, String> ids) {
        return adapter(resource.kind()).create(resource, Map.copyOf(ids));
    }

    @Override
    public Optional<CloudObject> get(CloudObject object) {
        return adapter(object.kind()).get(object);
    }

    @Override
    public CloudObject ensureTagged(CloudObject object, String cluster) {
        return adapter(object.kind()).ensureTagged(object, cluster);
    }

    @Override
    public void delete(CloudObject object) {
        adapter(object.kind()).delete(object);
    }

    @Override
    public List<CloudObject> clusterCreated(String cluster) {
        return leftovers.of(cluster);
    }

    @Override
    public Optional<String> floatingIpAddress(String id) {
        return floatingIps.address(id);
    }

    @Override
    public String consoleOutput(String serverId, int lines) {
        return servers.consoleOutput(serverId, lines);
    }

    @Override
    public String describe() {
        return label;
    }

    private KindAdapter adapter(ResourceKind kind) {
        return adapters.get(kind);
    }
}
