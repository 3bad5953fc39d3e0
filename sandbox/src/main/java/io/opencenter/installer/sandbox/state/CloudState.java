package io.opencenter.installer.sandbox.state;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.opencenter.installer.sandbox.state.ComputeModel.Flavor;
import io.opencenter.installer.sandbox.state.ComputeModel.KeyPair;
import io.opencenter.installer.sandbox.state.ComputeModel.Server;
import io.opencenter.installer.sandbox.state.ComputeModel.ServerGroup;
import io.opencenter.installer.sandbox.state.IdentityModel.AppCredential;
import io.opencenter.installer.sandbox.state.IdentityModel.Project;
import io.opencenter.installer.sandbox.state.IdentityModel.Token;
import io.opencenter.installer.sandbox.state.IdentityModel.User;
import io.opencenter.installer.sandbox.state.NetworkModel.FloatingIp;
import io.opencenter.installer.sandbox.state.NetworkModel.Network;
import io.opencenter.installer.sandbox.state.NetworkModel.Port;
import io.opencenter.installer.sandbox.state.NetworkModel.Router;
import io.opencenter.installer.sandbox.state.NetworkModel.Rule;
import io.opencenter.installer.sandbox.state.NetworkModel.SecurityGroup;
import io.opencenter.installer.sandbox.state.NetworkModel.Subnet;
import io.opencenter.installer.sandbox.state.VolumeModel.Volume;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Everything the simulated cloud knows, keyed by id in creation order. Not thread-safe by itself: the router
 * serializes every request on this object's monitor. Serialized as a whole into the optional state file.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class CloudState {
    public final Map<String, Project> projects = new LinkedHashMap<>();
    public final Map<String, User> users = new LinkedHashMap<>();
    public final Map<String, AppCredential> appCredentials = new LinkedHashMap<>();
    public final Map<String, Token> tokens = new LinkedHashMap<>();

    public final Map<String, Flavor> flavors = new LinkedHashMap<>();
    public final Map<String, ImageModel> images = new LinkedHashMap<>();
    public final Map<String, Server> servers = new LinkedHashMap<>();
    public final Map<String, ServerGroup> serverGroups = new LinkedHashMap<>();
    /** Key pairs by user id, then name (Nova scopes them to the user, not the project). */
    public final Map<String, Map<String, KeyPair>> keyPairs = new LinkedHashMap<>();

    public final Map<String, Network> networks = new LinkedHashMap<>();
    public final Map<String, Subnet> subnets = new LinkedHashMap<>();
    public final Map<String, Router> routers = new LinkedHashMap<>();
    public final Map<String, Port> ports = new LinkedHashMap<>();
    public final Map<String, SecurityGroup> securityGroups = new LinkedHashMap<>();
    public final Map<String, Rule> rules = new LinkedHashMap<>();
    public final Map<String, FloatingIp> floatingIps = new LinkedHashMap<>();
    /** Neutron tags of any taggable resource, by resource id. */
    public final Map<String, List<String>> tags = new LinkedHashMap<>();

    public final Map<String, Volume> volumes = new LinkedHashMap<>();

    /** Octavia load balancers (what a cluster's cloud controller manager makes for LoadBalancer Services). */
    public final Map<String, LoadBalancerModel.LoadBalancer> loadBalancers = new LinkedHashMap<>();

    public List<String> tagsOf(String resourceId) {
        return tags.getOrDefault(resourceId, List.of());
    }

    public void setTags(String resourceId, Collection<String> newTags) {
        if (newTags.isEmpty()) {
            tags.remove(resourceId);
        } else {
            tags.put(resourceId, new ArrayList<>(newTags.stream().distinct().toList()));
        }
    }

    public List<Server> serversOf(String projectId) {
        return servers.values().stream().filter(s -> s.projectId.equals(projectId)).toList();
    }

    public List<Port> portsOfDevice(String deviceId) {
        return ports.values().stream().filter(p -> deviceId.equals(p.deviceId)).toList();
    }

    public List<Volume> volumesOf(String projectId) {
        return volumes.values().stream().filter(v -> v.projectId.equals(projectId)).toList();
    }

    public Project projectByName(String name) {
        return projects.values().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    public User userByName(String name) {
        return users.values().stream().filter(u -> u.name().equals(name)).findFirst().orElse(null);
    }

    /** How many of {@code values} belong to the project and pass the filter; for quota usage. */
    public static <T extends NetworkModel.Base> long countOwned(Collection<T> values, String projectId,
                                                                Predicate<T> filter) {
        return values.stream().filter(v -> Objects.equals(v.projectId, projectId)).filter(filter).count();
    }

    /** Every IP address already taken in a subnet (ports carry router, gateway and floating IP addresses too). */
    public java.util.Set<String> usedAddresses(String subnetId) {
        return ports.values().stream().flatMap(p -> p.fixedIps.stream())
                .filter(ip -> ip.subnetId().equals(subnetId)).map(NetworkModel.FixedIp::ipAddress)
                .collect(Collectors.toSet());
    }
}
