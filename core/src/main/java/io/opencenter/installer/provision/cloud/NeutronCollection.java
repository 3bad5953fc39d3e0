package io.opencenter.installer.provision.cloud;

import io.opencenter.installer.provision.ResourceKind;
import org.openstack4j.model.network.Resource;

/**
 * The Neutron collections whose objects carry the cluster tag, with what their JSON calls the fields the adapter
 * reads. A floating IP has no name: its description holds the planned name.
 */
enum NeutronCollection {
    NETWORKS(ResourceKind.NETWORK, "networks", "network", Resource.NETWORK, "name", "status"),
    SUBNETS(ResourceKind.SUBNET, "subnets", "subnet", Resource.SUBNET, "name"),
    ROUTERS(ResourceKind.ROUTER, "routers", "router", Resource.ROUTER, "name", "status"),
    SECURITY_GROUPS(ResourceKind.SECURITY_GROUP, "security-groups", "security_group", Resource.SECURITY_GROUP,
            "name", "description"),
    PORTS(ResourceKind.PORT, "ports", "port", Resource.PORT, "name", "status"),
    FLOATING_IPS(ResourceKind.FLOATING_IP, "floatingips", "floatingip", Resource.FLOATING_IP, "description",
            "status");

    private final ResourceKind kind;
    private final String path;
    private final String member;
    private final Resource tagResource;
    private final String nameField;
    private final String listQuery;

    /** {@code extraFields}: what a list asks for besides id, tags and the name field (all real attributes). */
    NeutronCollection(ResourceKind kind, String path, String member, Resource tagResource, String nameField,
                      String... extraFields) {
        this.kind = kind;
        this.path = path;
        this.member = member;
        this.tagResource = tagResource;
        this.nameField = nameField;
        StringBuilder q = new StringBuilder("?fields=id&fields=tags&fields=").append(nameField);
        for (String f : extraFields) {
            q.append("&fields=").append(f);
        }
        this.listQuery = q.toString();
    }

    static NeutronCollection of(ResourceKind kind) {
        for (NeutronCollection c : values()) {
            if (c.kind == kind) {
                return c;
            }
        }
        throw new IllegalArgumentException(kind + " is not a tagged Neutron collection");
    }

    ResourceKind kind() {
        return kind;
    }

    /** URL path below /v2.0, e.g. {@code security-groups}. */
    String path() {
        return path;
    }

    /** JSON member of one object, e.g. {@code security_group}; the list is the plural with underscores. */
    String member() {
        return member;
    }

    String listMember() {
        return path.replace('-', '_');
    }

    /**
     * The query of a list: only the fields the adapter reads, since a project's security groups come with all
     * their rules and its ports with their bindings otherwise.
     */
    String listQuery() {
        return listQuery;
    }

    Resource tagResource() {
        return tagResource;
    }

    String nameField() {
        return nameField;
    }
}
