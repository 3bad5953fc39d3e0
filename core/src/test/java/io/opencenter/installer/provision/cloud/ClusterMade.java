package io.opencenter.installer.provision.cloud;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.openstack.client.Openstack4jGateway;
import org.openstack4j.api.Builders;

import java.util.Map;
import java.util.UUID;

/**
 * Makes, straight through the gateway, what a running cluster leaves on the cloud, marked the way
 * cloud-provider-openstack marks it: a Cinder CSI volume, and the CCM's security group, floating IP and load
 * balancer (with a listener, so only a cascade delete removes it).
 */
final class ClusterMade {

    private final Openstack4jGateway direct;
    private final String cluster;

    ClusterMade(Openstack4jGateway direct, String cluster) {
        this.direct = direct;
        this.cluster = cluster;
    }

    String csiVolume() {
        Map<String, String> metadata = Map.of(VolumeObjects.CSI_CLUSTER_KEY, cluster,
                "csi.storage.k8s.io/pvc/name", "data", "csi.storage.k8s.io/pvc/namespace", "default");
        return direct.withClient("volume", "create CSI volume", c -> c.blockStorage().volumes()
                .create(Builders.volume().name("pvc-" + UUID.randomUUID()).size(1).metadata(metadata).build()))
                .getId();
    }

    String ccmSecurityGroup() {
        return direct.withClient("network", "create CCM security group", c -> c.networking().securitygroup()
                .create(Builders.securityGroup().name("lb-sg-" + UUID.randomUUID() + "-default-web")
                        .description("Security Group for default/web Service LoadBalancer in cluster " + cluster)
                        .build())).getId();
    }

    String ccmFloatingIp() {
        String external = direct.externalNetworks().stream().filter(n -> n.name().equals("public")).findFirst()
                .orElseThrow().id();
        return direct.withClient("network", "create CCM floating IP", c -> c.networking().floatingip()
                .create(Builders.netFloatingIP().floatingNetworkId(external)
                        .description("Floating IP for Kubernetes external service default/web from cluster "
                                + cluster).build())).getId();
    }

    String ccmLoadBalancerWithListener(String subnetId) {
        String name = LoadBalancerObjects.CCM_PREFIX + cluster + "_default_web";
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode lb = body.putObject("loadbalancer").put("name", name).put("vip_subnet_id", subnetId);
        lb.putArray("listeners").addObject().put("name", "listener_0_" + name).put("protocol", "TCP")
                .put("protocol_port", 80);
        return direct.sendJson(LoadBalancerObjects.SERVICE, "create CCM load balancer", "POST",
                "/v2/lbaas/loadbalancers", body).path("loadbalancer").path("id").asText();
    }
}
