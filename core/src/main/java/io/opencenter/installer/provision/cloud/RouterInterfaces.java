package io.opencenter.installer.provision.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.CloudObject.Origin;
import io.opencenter.installer.provision.CloudObject.State;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.provision.ResourceKind;
import org.openstack4j.model.network.AttachInterfaceType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A router's interface on a subnet. It is made by {@code add_router_interface(subnet_id)} and is nothing but a port
 * Neutron owns, so it carries no tag and no name of ours: it is found as the interface port of a cluster router on
 * the subnet. Its id is {@code <router id>:<subnet id>}; its name is the router's name + {@code -interface}, which
 * is the planned name ({@code <cluster>-router-interface}).
 */
final class RouterInterfaces implements KindAdapter {

    /** Device owners of router interface ports: plain, distributed (DVR) and HA routers. */
    private static final Set<String> INTERFACE_OWNERS = Set.of("network:router_interface",
            "network:router_interface_distributed", "network:ha_router_replicated_interface");

    private final CloudCalls calls;
    private final NeutronObjects routers;

    RouterInterfaces(CloudCalls calls, NeutronObjects routers) {
        this.calls = calls;
        this.routers = routers;
    }

    @Override
    public List<CloudObject> list(String cluster) {
        List<CloudObject> found = new ArrayList<>();
        for (CloudObject router : routers.list(cluster)) {
            for (String subnet : subnetsOf(router.id())) {
                found.add(object(router.id(), subnet, router.name() + "-interface"));
            }
        }
        return found;
    }

    @Override
    public CloudObject create(PlannedResource resource, Map<String, String> ids) {
        ResourceAttributes.RouterInterface ri = (ResourceAttributes.RouterInterface) resource.attributes();
        String router = Ids.require(ids, ri.routerKey(), resource);
        String subnet = Ids.require(ids, ri.subnetKey(), resource);
        calls.create("network", "add router interface", c -> c.networking().router()
                .attachInterface(router, AttachInterfaceType.SUBNET, subnet));
        return object(router, subnet, resource.name());
    }

    @Override
    public Optional<CloudObject> get(CloudObject object) {
        String[] parts = split(object);
        return subnetsOf(parts[0]).contains(parts[1]) ? Optional.of(object.withState(State.READY, ""))
                : Optional.empty();
    }

    @Override
    public CloudObject ensureTagged(CloudObject object, String cluster) {
        return object.asTagged();
    }

    @Override
    public void delete(CloudObject object) {
        String[] parts = split(object);
        // openstack4j answers a 404 (router or interface already gone) with null: nothing left to remove.
        calls.deleteQuietly("network", "remove router interface", c -> c.networking().router()
                .detachInterface(parts[0], parts[1], null));
    }

    private List<String> subnetsOf(String routerId) {
        JsonNode answer = calls.json("network", "list router ports",
                "/ports?device_id=" + URLEncoder.encode(routerId, StandardCharsets.UTF_8));
        List<String> subnets = new ArrayList<>();
        for (JsonNode port : answer.path("ports")) {
            if (INTERFACE_OWNERS.contains(NeutronJson.text(port, "device_owner"))) {
                port.path("fixed_ips").forEach(ip -> subnets.add(NeutronJson.text(ip, "subnet_id")));
            }
        }
        return subnets;
    }

    private static CloudObject object(String router, String subnet, String name) {
        return new CloudObject(ResourceKind.ROUTER_INTERFACE, router + ":" + subnet, name, State.READY, "", true,
                Origin.INSTALLER);
    }

    private static String[] split(CloudObject object) {
        String[] parts = object.id().split(":", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a router interface id (router:subnet): " + object.id());
        }
        return parts;
    }
}
