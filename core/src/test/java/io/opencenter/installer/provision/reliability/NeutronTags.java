package io.opencenter.installer.provision.reliability;

import io.opencenter.installer.openstack.client.Openstack4jGateway;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The ids of the Neutron objects carrying one tag, one {@code GET <collection>?tags=...&fields=id} per collection
 * (openstack4j 3.12's models have no tags; asking per object would cost a call per object on a busy shared cloud).
 */
final class NeutronTags {

    private final Openstack4jGateway gateway;
    private final String tag;

    NeutronTags(Openstack4jGateway gateway, String tag) {
        this.gateway = gateway;
        this.tag = tag;
    }

    /** {@code collection} as in the URL ({@code security-groups}); its JSON key has an underscore instead. */
    Set<String> ids(String collection) {
        String path = "/" + collection + "?fields=id&tags=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
        Set<String> ids = new HashSet<>();
        gateway.getJson("network", "census " + collection, path).path(collection.replace('-', '_'))
                .forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }
}
