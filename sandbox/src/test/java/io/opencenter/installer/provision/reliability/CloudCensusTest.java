package io.opencenter.installer.provision.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.reliability.CloudCensus.Found;
import io.opencenter.installer.sandbox.SandboxClients;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openstack4j.api.Builders;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.network.AttachInterfaceType;
import org.openstack4j.model.network.Network;
import org.openstack4j.model.network.Resource;

/**
 * The reliability tests' judge must see what is there: objects made by hand with openstack4j on the sandbox are
 * found by tag, by name prefix and through what they belong to, untagged ones are reported as such, and another
 * cluster's objects are left out.
 */
class CloudCensusTest {
    private static SandboxCloud cloud;

    @BeforeAll
    static void start() {
        cloud = SandboxCloud.start(SandboxOptions.builder().serverActiveDelay(Duration.ZERO)
                .volumeAvailableDelay(Duration.ZERO).build());
        OSClientV3 os = SandboxClients.demo(cloud);
        Network pub = os.networking().network().list(Map.of("name", "public")).get(0);
        var net = os.networking().network().create(Builders.network().name("cc-network").build());
        os.networking().resourceTags().addSingle(Resource.NETWORK, net.getId(), "opencenter-cluster=cc");
        var subnet = os.networking().subnet().create(Builders.subnet().name("cc-subnet").networkId(net.getId())
                .ipVersion(org.openstack4j.model.network.IPVersionType.V4).cidr("10.9.0.0/24").build());
        var router = os.networking().router().create(Builders.router().name("cc-router")
                .externalGateway(pub.getId()).build());
        os.networking().resourceTags().addSingle(Resource.ROUTER, router.getId(), "opencenter-cluster=cc");
        os.networking().router().attachInterface(router.getId(), AttachInterfaceType.SUBNET, subnet.getId());
        var sg = os.networking().securitygroup().create(Builders.securityGroup().name("cc-secgroup").build());
        os.networking().securityrule().create(Builders.securityGroupRule().securityGroupId(sg.getId())
                .direction("ingress").ethertype("IPv4").protocol("tcp").portRangeMin(6443).portRangeMax(6443)
                .build());
        var vip = os.networking().port().create(Builders.port().name("oddly-named").networkId(net.getId()).build());
        os.networking().resourceTags().addSingle(Resource.PORT, vip.getId(), "opencenter-cluster=cc");
        os.networking().floatingip().create(Builders.netFloatingIP().floatingNetworkId(pub.getId())
                .portId(vip.getId()).description("cc-api-floating-ip").build());
        os.compute().serverGroups().create("cc-control-plane", "anti-affinity");
        os.blockStorage().volumes().create(Builders.volume().name("data").size(1)
                .metadata(Map.of("opencenter-cluster", "cc")).build());
        String image = os.imagesV2().list(Map.of("name", "ubuntu-24.04")).get(0).getId();
        os.compute().servers().boot(Builders.server().name("cc-control-plane-1").flavor("3").image(image)
                .networks(List.of(net.getId())).build());
        // another cluster, whose name shares no prefix: never part of cc's census
        os.networking().network().create(Builders.network().name("ccx-network").build());
        os.compute().servers().boot(Builders.server().name("ccx-control-plane-1").flavor("3").image(image)
                .addMetadataItem("opencenter-cluster", "ccx").build());
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    @Test
    void findsTheClusterByTagNamePrefixAndMembership() {
        Map<ResourceKind, List<Found>> census = new CloudCensus(cloud.profile()).take("cc");

        assertThat(names(census, ResourceKind.NETWORK)).containsExactly("cc-network");
        assertThat(census.get(ResourceKind.NETWORK).get(0).tagged()).isTrue();
        assertThat(names(census, ResourceKind.SUBNET)).containsExactly("cc-subnet");
        assertThat(census.get(ResourceKind.SUBNET).get(0).tagged()).as("subnet was never tagged").isFalse();
        assertThat(names(census, ResourceKind.ROUTER_INTERFACE)).containsExactly("cc-router|cc-subnet");
        assertThat(names(census, ResourceKind.SECURITY_GROUP_RULE)).containsExactly("");
        assertThat(names(census, ResourceKind.PORT)).as("tagged port found whatever its name")
                .containsExactly("oddly-named");
        assertThat(names(census, ResourceKind.FLOATING_IP)).containsExactly("cc-api-floating-ip");
        assertThat(names(census, ResourceKind.SERVER_GROUP)).containsExactly("cc-control-plane");
        assertThat(names(census, ResourceKind.VOLUME)).containsExactly("data");
        assertThat(names(census, ResourceKind.SERVER)).containsExactly("cc-control-plane-1");
        assertThat(census.get(ResourceKind.SERVER).get(0).tagged()).isFalse();
        assertThat(CloudCensus.total(new CloudCensus(cloud.profile()).take("nobody"))).isZero();
    }

    private static List<String> names(Map<ResourceKind, List<Found>> census, ResourceKind kind) {
        return census.get(kind).stream().map(Found::name).toList();
    }
}
