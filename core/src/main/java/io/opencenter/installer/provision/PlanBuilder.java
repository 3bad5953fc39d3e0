package io.opencenter.installer.provision;

import static io.opencenter.installer.provision.ResourceNames.CONTROL_PLANE;

import io.opencenter.installer.provision.ResourceAttributes.FloatingIp;
import io.opencenter.installer.provision.ResourceAttributes.Keypair;
import io.opencenter.installer.provision.ResourceAttributes.Network;
import io.opencenter.installer.provision.ResourceAttributes.Port;
import io.opencenter.installer.provision.ResourceAttributes.Router;
import io.opencenter.installer.provision.ResourceAttributes.RouterInterface;
import io.opencenter.installer.provision.ResourceAttributes.SecurityGroup;
import io.opencenter.installer.provision.ResourceAttributes.SecurityGroupRule;
import io.opencenter.installer.provision.ResourceAttributes.Server;
import io.opencenter.installer.provision.ResourceAttributes.ServerGroup;
import io.opencenter.installer.provision.ResourceAttributes.Subnet;
import io.opencenter.installer.provision.ResourceAttributes.Volume;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.ConfigField;
import io.opencenter.installer.spec.ServerGroupPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a validated config into its {@link ProvisioningPlan}. Pure: no cloud calls, same config gives an equal
 * plan. Security-group rules come from {@link SecurityGroupRules}, the list preflight counts, so the two agree.
 */
public final class PlanBuilder {

    public static final String NETWORK = "network";
    public static final String SUBNET = "subnet";
    public static final String ROUTER = "router";
    public static final String ROUTER_INTERFACE = "router-interface";
    public static final String SECGROUP_CONTROL_PLANE = "secgroup-control-plane";
    public static final String SECGROUP_WORKERS = "secgroup-workers";
    public static final String VIP_PORT = "vip-port";
    public static final String FLOATING_IP = "floating-ip";
    public static final String SERVER_GROUP_CONTROL_PLANE = "server-group-control-plane";
    public static final String KEYPAIR = "keypair";
    public static final String ANY_IPV4 = "0.0.0.0/0";

    private final String cluster;
    private final ClusterSpec spec;
    private final Map<String, String> tag;
    private final List<PlannedResource> resources = new ArrayList<>();

    private PlanBuilder(ClusterConfig config) {
        this.cluster = requireText(config.name(), ConfigField.NAME);
        this.spec = require(config.spec(), ConfigField.SPEC.path());
        this.tag = ResourceNames.clusterTag(cluster);
    }

    /** @throws IllegalArgumentException when a field the plan needs is missing (the config was not validated) */
    public static ProvisioningPlan build(ClusterConfig config) {
        PlanBuilder builder = new PlanBuilder(config);
        builder.network();
        builder.securityGroups();
        builder.apiEndpoint();
        builder.nodes();
        return new ProvisioningPlan(builder.cluster, builder.resources);
    }

    public static String portKey(String group, int index) {
        return "port-" + group + "-" + index;
    }

    public static String volumeKey(String group, int index) {
        return "volume-" + group + "-" + index;
    }

    public static String serverKey(String group, int index) {
        return "server-" + group + "-" + index;
    }

    public static String ruleKey(int n) {
        return "secgroup-rule-" + n;
    }

    private void network() {
        ClusterSpec.Network net = require(spec.network(), ConfigField.NETWORK.path());
        add(NETWORK, ResourceKind.NETWORK, NETWORK, new Network());
        List<String> dns = net.dnsNameservers() == null ? List.of() : net.dnsNameservers();
        add(SUBNET, ResourceKind.SUBNET, SUBNET,
                new Subnet(requireText(net.nodeCidr(), ConfigField.NODE_CIDR), dns), NETWORK);
        add(ROUTER, ResourceKind.ROUTER, ROUTER,
                new Router(requireText(net.externalNetwork(), ConfigField.EXTERNAL_NETWORK)));
        add(ROUTER_INTERFACE, ResourceKind.ROUTER_INTERFACE, ROUTER_INTERFACE,
                new RouterInterface(ROUTER, SUBNET), ROUTER, SUBNET);
    }

    private void securityGroups() {
        add(SECGROUP_CONTROL_PLANE, ResourceKind.SECURITY_GROUP, SECGROUP_CONTROL_PLANE,
                new SecurityGroup(SecurityGroupRules.Group.CONTROL_PLANE));
        add(SECGROUP_WORKERS, ResourceKind.SECURITY_GROUP, SECGROUP_WORKERS,
                new SecurityGroup(SecurityGroupRules.Group.WORKERS));
        List<SecurityGroupRules.Rule> rules = SecurityGroupRules.rules();
        for (int i = 0; i < rules.size(); i++) {
            SecurityGroupRules.Rule rule = rules.get(i);
            String group = groupKey(rule.group());
            String remoteGroup = switch (rule.source()) {
                case CONTROL_PLANE_GROUP -> SECGROUP_CONTROL_PLANE;
                case WORKERS_GROUP -> SECGROUP_WORKERS;
                default -> null;
            };
            String remoteCidr = remoteGroup != null ? null : switch (rule.source()) {
                case ANYWHERE -> ANY_IPV4;
                case NODE_CIDR -> spec.network().nodeCidr();
                case POD_CIDR -> requireText(kubernetes().podCidr(), ConfigField.POD_CIDR);
                case SERVICE_CIDR -> requireText(kubernetes().serviceCidr(), ConfigField.SERVICE_CIDR);
                default -> throw new IllegalStateException("unhandled rule source " + rule.source());
            };
            List<String> deps = remoteGroup == null || remoteGroup.equals(group) ? List.of(group)
                    : List.of(group, remoteGroup);
            addNamed(ruleKey(i + 1), ResourceKind.SECURITY_GROUP_RULE, ResourceNames.name(cluster, "secgroup-rule", i + 1),
                    new SecurityGroupRule(group, rule.protocol(), rule.portMin(), rule.portMax(), remoteCidr,
                            remoteGroup, rule.purpose()), deps);
        }
    }

    /** The VIP port reserves {@code apiVip}; the floating IP on it needs the router interface to be reachable. */
    private void apiEndpoint() {
        String vip = apiVip();
        add(VIP_PORT, ResourceKind.PORT, "api-vip",
                new Port(NETWORK, SUBNET, vip, List.of(), List.of(SECGROUP_CONTROL_PLANE)),
                SUBNET, SECGROUP_CONTROL_PLANE);
        add(FLOATING_IP, ResourceKind.FLOATING_IP, "api-floating-ip",
                new FloatingIp(spec.network().externalNetwork(), VIP_PORT), VIP_PORT, ROUTER_INTERFACE);
        addNamed(SERVER_GROUP_CONTROL_PLANE, ResourceKind.SERVER_GROUP, ResourceNames.serverGroup(cluster),
                new ServerGroup(serverGroupPolicy().value()), List.of());
        if (hasSshKey()) {
            addNamed(KEYPAIR, ResourceKind.KEYPAIR, ResourceNames.keypair(cluster),
                    new Keypair(spec.sshPublicKeyFile()), List.of());
        }
    }

    private void nodes() {
        ClusterSpec.ControlPlane cp = require(spec.controlPlane(), ConfigField.CONTROL_PLANE.path());
        for (int i = 1; i <= orZero(cp.count()); i++) {
            node(NodeRole.CONTROL_PLANE, CONTROL_PLANE, i, cp.flavor(), cp.image(), orZero(cp.volumeSizeGb()));
        }
        List<ClusterSpec.WorkerPool> pools = spec.workerPools() == null ? List.of() : spec.workerPools();
        for (ClusterSpec.WorkerPool pool : pools) {
            String group = requireText(pool.name(), ConfigField.POOL_NAME);
            for (int i = 1; i <= orZero(pool.count()); i++) {
                node(NodeRole.WORKER, group, i, pool.flavor(), pool.image(), orZero(pool.volumeSizeGb()));
            }
        }
    }

    /**
     * Node ports wait for the VIP port so that Neutron cannot hand {@code apiVip} to a node before it is reserved.
     */
    private void node(NodeRole role, String group, int index, String flavor, String image, int volumeSizeGb) {
        boolean controlPlane = role == NodeRole.CONTROL_PLANE;
        String secgroup = controlPlane ? SECGROUP_CONTROL_PLANE : SECGROUP_WORKERS;
        String name = ResourceNames.name(cluster, group, index);
        String az = spec.cloud() == null ? null : spec.cloud().availabilityZone();
        String port = portKey(group, index);
        resources.add(resource(port, ResourceKind.PORT, name,
                new Port(NETWORK, SUBNET, null, controlPlane ? List.of(apiVip()) : List.of(), List.of(secgroup)),
                List.of(SUBNET, secgroup, VIP_PORT)));
        // the floating IP first: a node's user-data names it (certificate SANs), see BootstrapData
        List<String> deps = new ArrayList<>(List.of(port, FLOATING_IP));
        String volume = null;
        if (volumeSizeGb > 0) {
            volume = volumeKey(group, index);
            resources.add(resource(volume, ResourceKind.VOLUME, name, new Volume(volumeSizeGb, image, az), List.of()));
            deps.add(volume);
        }
        String serverGroup = controlPlane ? SERVER_GROUP_CONTROL_PLANE : null;
        if (serverGroup != null) {
            deps.add(serverGroup);
        }
        String keypair = hasSshKey() ? KEYPAIR : null;
        if (keypair != null) {
            deps.add(keypair);
        }
        Server server = new Server(flavor, volume == null ? image : null, volume, az, serverGroup, port, keypair,
                role, group, index, null);
        resources.add(resource(serverKey(group, index), ResourceKind.SERVER, name, server, deps));
    }

    private void add(String key, ResourceKind kind, String role, ResourceAttributes attributes, String... deps) {
        addNamed(key, kind, ResourceNames.name(cluster, role), attributes, List.of(deps));
    }

    private void addNamed(String key, ResourceKind kind, String name, ResourceAttributes attributes, List<String> deps) {
        resources.add(resource(key, kind, name, attributes, deps));
    }

    private PlannedResource resource(String key, ResourceKind kind, String name, ResourceAttributes attributes,
                                     List<String> deps) {
        return new PlannedResource(key, kind, name, tag, attributes, deps);
    }

    private static String groupKey(SecurityGroupRules.Group group) {
        return group == SecurityGroupRules.Group.CONTROL_PLANE ? SECGROUP_CONTROL_PLANE : SECGROUP_WORKERS;
    }

    private ClusterSpec.Kubernetes kubernetes() {
        return require(spec.kubernetes(), ConfigField.KUBERNETES.path());
    }

    private String apiVip() {
        return requireText(kubernetes().apiVip(), ConfigField.API_VIP);
    }

    private ServerGroupPolicy serverGroupPolicy() {
        ClusterSpec.ControlPlane cp = require(spec.controlPlane(), ConfigField.CONTROL_PLANE.path());
        return cp.policyOrDefault().orElseThrow(() -> new IllegalArgumentException("cannot plan: "
                + ConfigField.CONTROL_PLANE_SERVER_GROUP_POLICY.path() + " is not one of "
                + ServerGroupPolicy.words() + " (validate the config first)"));
    }

    private boolean hasSshKey() {
        return spec.sshPublicKeyFile() != null && !spec.sshPublicKeyFile().isBlank();
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : Math.max(0, n);
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("cannot plan: " + what + " is missing (validate the config first)");
        }
        return value;
    }

    private static String requireText(String value, ConfigField field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("cannot plan: " + field.path()
                    + " is missing (validate the config first)");
        }
        return value;
    }
}
