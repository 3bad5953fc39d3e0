package io.opencenter.installer.provision.tofu;

import io.opencenter.installer.provision.SecurityGroupRules;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.provision.ResourceAttributes.FloatingIp;
import io.opencenter.installer.provision.ResourceAttributes.Port;
import io.opencenter.installer.provision.ResourceAttributes.RouterInterface;
import io.opencenter.installer.provision.ResourceAttributes.SecurityGroup;
import io.opencenter.installer.provision.ResourceAttributes.SecurityGroupRule;
import io.opencenter.installer.provision.ResourceAttributes.Server;
import io.opencenter.installer.provision.ResourceAttributes.ServerGroup;
import io.opencenter.installer.provision.ResourceAttributes.Subnet;
import io.opencenter.installer.provision.ResourceAttributes.Volume;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceNames;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The resource blocks of main.tf: one per planned resource, labelled by its plan key, with the planned name and
 * the cluster tag (Neutron {@code tags}, Nova/Cinder {@code metadata}). Dependencies the attributes do not already
 * reference become {@code depends_on}, so OpenTofu keeps the plan's order (e.g. node ports after the VIP port).
 */
final class TofuResources {
    static final String EXTERNAL_NETWORK = "data.openstack_networking_network_v2.external";

    private final ProvisioningPlan plan;
    private final HclWriter hcl;
    private final Set<String> referenced = new LinkedHashSet<>();

    TofuResources(ProvisioningPlan plan, HclWriter hcl) {
        this.plan = plan;
        this.hcl = hcl;
    }

    static String type(ResourceKind kind) {
        return switch (kind) {
            case NETWORK -> "openstack_networking_network_v2";
            case SUBNET -> "openstack_networking_subnet_v2";
            case ROUTER -> "openstack_networking_router_v2";
            case ROUTER_INTERFACE -> "openstack_networking_router_interface_v2";
            case SECURITY_GROUP -> "openstack_networking_secgroup_v2";
            case SECURITY_GROUP_RULE -> "openstack_networking_secgroup_rule_v2";
            case PORT -> "openstack_networking_port_v2";
            case FLOATING_IP -> "openstack_networking_floatingip_v2";
            case SERVER_GROUP -> "openstack_compute_servergroup_v2";
            case KEYPAIR -> "openstack_compute_keypair_v2";
            case VOLUME -> "openstack_blockstorage_volume_v3";
            case SERVER -> "openstack_compute_instance_v2";
            case LOAD_BALANCER -> throw new IllegalArgumentException("load balancers are never planned");
            case APPLICATION_CREDENTIAL -> throw new IllegalArgumentException(
                    "application credentials are never planned");
        };
    }

    /** An HCL label from a plan key ({@code port-control-plane-1} → {@code port_control_plane_1}). */
    static String label(String key) {
        String l = key.replaceAll("[^A-Za-z0-9_]", "_");
        return Character.isLetter(l.charAt(0)) || l.charAt(0) == '_' ? l : "r_" + l;
    }

    /** {@code type.label} of a planned resource. */
    String address(String key) {
        PlannedResource r = plan.resource(key).orElseThrow(() -> new IllegalArgumentException("unknown key " + key));
        return type(r.kind()) + "." + label(key);
    }

    /** The image data source's label for an image name. */
    static String imageLabel(String image) {
        return "image_" + image.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    void write(PlannedResource r) {
        referenced.clear();
        hcl.open("resource \"" + type(r.kind()) + "\" \"" + label(r.key()) + "\"");
        ResourceAttributes a = r.attributes();
        if (r.kind() != ResourceKind.SECURITY_GROUP_RULE && r.kind() != ResourceKind.ROUTER_INTERFACE) {
            hcl.string("name", r.name());
        }
        switch (r.kind()) {
            case NETWORK -> hcl.attr("admin_state_up", "true");
            case SUBNET -> subnet(r, (Subnet) a);
            case ROUTER -> hcl.attr("external_network_id", EXTERNAL_NETWORK + ".id");
            case ROUTER_INTERFACE -> hcl.attr("router_id", ref(((RouterInterface) a).routerKey()))
                    .attr("subnet_id", ref(((RouterInterface) a).subnetKey()));
            case SECURITY_GROUP -> hcl.string("description", "openCenter "
                    + (((SecurityGroup) a).group() == SecurityGroupRules.Group.CONTROL_PLANE ? "control-plane" : "worker")
                    + " nodes of " + plan.cluster());
            case SECURITY_GROUP_RULE -> rule(r, (SecurityGroupRule) a);
            case PORT -> port((Port) a);
            case FLOATING_IP -> hcl.string("pool", ((FloatingIp) a).externalNetwork())
                    .attr("port_id", ref(((FloatingIp) a).portKey())).string("description", r.name());
            case SERVER_GROUP -> hcl.attr("policies", HclWriter.stringList(List.of(((ServerGroup) a).policy())));
            case KEYPAIR -> hcl.attr("public_key", "file(pathexpand(var.ssh_public_key_file))");
            case VOLUME -> volume((Volume) a);
            case SERVER -> server((Server) a);
            case LOAD_BALANCER -> throw new IllegalArgumentException("load balancers are never planned");
            case APPLICATION_CREDENTIAL -> throw new IllegalArgumentException(
                    "application credentials are never planned");
        }
        tag(r);
        List<String> implicit = r.dependsOn().stream().filter(d -> !referenced.contains(d)).map(this::address).toList();
        if (!implicit.isEmpty()) {
            hcl.attr("depends_on", HclWriter.list(implicit));
        }
        hcl.close().blank();
    }

    private void subnet(PlannedResource r, Subnet s) {
        String network = r.dependsOn().stream()
                .filter(d -> plan.resource(d).map(p -> p.kind() == ResourceKind.NETWORK).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("subnet without a network: " + r.key()));
        hcl.attr("network_id", ref(network)).string("cidr", s.cidr()).attr("ip_version", "4");
        if (!s.dnsNameservers().isEmpty()) {
            hcl.attr("dns_nameservers", HclWriter.stringList(s.dnsNameservers()));
        }
    }

    /** The installer finds rules by their description, which is the planned name. */
    private void rule(PlannedResource r, SecurityGroupRule rule) {
        hcl.attr("security_group_id", ref(rule.securityGroupKey()))
                .string("description", r.name())
                .string("direction", "ingress")
                .string("ethertype", "IPv4")
                .string("protocol", rule.protocol());
        if (rule.portMin() != null) {
            hcl.attr("port_range_min", rule.portMin().toString());
        }
        if (rule.portMax() != null) {
            hcl.attr("port_range_max", rule.portMax().toString());
        }
        if (rule.remoteGroupKey() != null) {
            hcl.attr("remote_group_id", ref(rule.remoteGroupKey()));
        } else {
            hcl.string("remote_ip_prefix", rule.remoteCidr());
        }
    }

    private void port(Port p) {
        hcl.attr("network_id", ref(p.networkKey())).attr("admin_state_up", "true");
        hcl.attr("security_group_ids", HclWriter.list(p.securityGroupKeys().stream().map(this::ref).toList()));
        hcl.open("fixed_ip").attr("subnet_id", ref(p.subnetKey())).string("ip_address", p.fixedIp()).close();
        for (String pair : p.allowedAddressPairs()) {
            hcl.open("allowed_address_pairs").string("ip_address", pair).close();
        }
    }

    private void volume(Volume v) {
        hcl.attr("size", Integer.toString(v.sizeGb()))
                .attr("image_id", "data.openstack_images_image_v2." + imageLabel(v.image()) + ".id")
                .string("availability_zone", v.availabilityZone());
    }

    private void server(Server s) {
        hcl.string("flavor_name", s.flavor()).string("image_name", s.image())
                .string("availability_zone", s.availabilityZone());
        if (s.keypairKey() != null) {
            referenced.add(s.keypairKey());
            hcl.attr("key_pair", address(s.keypairKey()) + ".name");
        }
        // The installer renders user-data when it creates a server (it holds the cluster's CA keys and names the
        // floating IP): an exported file must not carry those secrets, so servers made by this module do not join.
        hcl.comment("user_data: not exported (it carries the cluster's CA keys); these servers do not bootstrap");
        hcl.open("network").attr("port", ref(s.portKey())).close();
        if (s.volumeKey() != null) {
            hcl.open("block_device").attr("uuid", ref(s.volumeKey())).string("source_type", "volume")
                    .string("destination_type", "volume").attr("boot_index", "0")
                    .attr("delete_on_termination", "false").close();
        }
        if (s.serverGroupKey() != null) {
            hcl.open("scheduler_hints").attr("group", ref(s.serverGroupKey())).close();
        }
    }

    /** Neutron objects take tags; Nova servers and Cinder volumes take metadata; the rest take neither. */
    private void tag(PlannedResource r) {
        Map<String, String> tag = ResourceNames.clusterTag(plan.cluster());
        switch (r.kind()) {
            case NETWORK, SUBNET, ROUTER, SECURITY_GROUP, PORT, FLOATING_IP -> hcl.attr("tags",
                    HclWriter.stringList(tag.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
            case SERVER, VOLUME -> hcl.attr("metadata", HclWriter.stringMap(tag));
            default -> { }
        }
    }

    private String ref(String key) {
        referenced.add(key);
        return address(key) + ".id";
    }
}
