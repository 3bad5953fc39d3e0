package io.opencenter.installer.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openstack4j.api.Builders;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.api.exceptions.AuthenticationException;
import org.openstack4j.model.common.Identifier;
import org.openstack4j.model.compute.Flavor;
import org.openstack4j.model.compute.Server;
import org.openstack4j.model.compute.ServerGroup;
import org.openstack4j.model.image.v2.Image;
import org.openstack4j.model.network.AttachInterfaceType;
import org.openstack4j.model.network.IPVersionType;
import org.openstack4j.model.network.NetFloatingIP;
import org.openstack4j.model.network.Network;
import org.openstack4j.model.network.Port;
import org.openstack4j.model.network.Resource;
import org.openstack4j.model.network.Router;
import org.openstack4j.model.network.Subnet;
import org.openstack4j.model.storage.block.Volume;
import org.openstack4j.openstack.OSFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sandbox driven through openstack4j 3.12 with its okhttp connector, over real HTTP, the way the installer's
 * gateway talks to a cloud. Each test logs in on its own thread's client (openstack4j binds clients to threads).
 */
class SandboxOpenStack4jTest {
    private static final ManualClock CLOCK = new ManualClock();
    private static SandboxCloud cloud;

    @BeforeAll
    static void start() {
        cloud = SandboxCloud.start(SandboxOptions.builder().clock(CLOCK).build());
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    private static OSClientV3 login() {
        return OSFactory.builderV3().endpoint(cloud.authUrl())
                .credentials("demo", "demo", Identifier.byName("Default"))
                .scopeToProject(Identifier.byName("demo"), Identifier.byName("Default")).authenticate();
    }

    @Test
    void wrongPasswordIsAnAuthenticationFailure() {
        assertThatThrownBy(() -> OSFactory.builderV3().endpoint(cloud.authUrl())
                .credentials("demo", "nope", Identifier.byName("Default"))
                .scopeToProject(Identifier.byName("demo"), Identifier.byName("Default")).authenticate())
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void discoveryReads() {
        OSClientV3 os = login();
        assertThat(os.getToken().getProject().getName()).isEqualTo("demo");
        List<? extends Flavor> flavors = os.compute().flavors().list();
        assertThat(flavors).extracting(Flavor::getName)
                .containsExactly("m1.small", "m1.medium", "m1.large", "m1.xlarge");
        Flavor small = flavors.get(0);
        assertThat(List.of(small.getVcpus(), small.getRam(), small.getDisk())).containsExactly(1, 2048, 20);
        List<? extends Image> images = os.imagesV2().list();
        Image ubuntu = images.stream().filter(i -> i.getName().equals("ubuntu-24.04")).findFirst().orElseThrow();
        assertThat(ubuntu.getMinDisk()).isEqualTo(10L);
        assertThat(ubuntu.getMinRam()).isEqualTo(1024L);
        assertThat(ubuntu.getStatus()).isEqualTo(Image.ImageStatus.ACTIVE);
        Network pub = os.networking().network().list(Map.of("name", "public")).get(0);
        assertThat(pub.isRouterExternal()).isTrue();
        assertThat(pub.isShared()).isTrue();
        assertThat(os.compute().zones().list()).extracting(z -> z.getZoneName()).containsExactly("nova");
        String project = os.getToken().getProject().getId();
        assertThat(os.compute().quotaSets().get(project).getInstances()).isEqualTo(50);
        assertThat(os.compute().quotaSets().limits().getAbsolute().getMaxTotalInstances()).isEqualTo(50);
        assertThat(os.networking().quotas().get(project).getNetwork()).isEqualTo(100);
        assertThat(os.blockStorage().getLimits().getAbsolute().getMaxTotalVolumeGigabytes()).isEqualTo(5000);
        assertThat(os.compute().keypairs().create("t-sandbox-key", null).getFingerprint()).contains(":");
        assertThat(os.compute().keypairs().list()).extracting(k -> k.getName()).contains("t-sandbox-key");
    }

    @Test
    void networkTopologyWithTagsPortsRouterAndFloatingIp() {
        OSClientV3 os = login();
        Network pub = os.networking().network().list(Map.of("name", "public")).get(0);
        Network net = os.networking().network().create(Builders.network().name("t-net").build());
        Subnet subnet = os.networking().subnet().create(Builders.subnet().name("t-subnet").networkId(net.getId())
                .ipVersion(IPVersionType.V4).cidr("10.20.0.0/24").build());
        assertThat(subnet.getGateway()).isEqualTo("10.20.0.1");

        os.networking().resourceTags().addSingle(Resource.NETWORK, net.getId(), "cluster-a");
        assertThat(os.networking().resourceTags().list(Resource.NETWORK, net.getId()).getTags())
                .containsExactly("cluster-a");
        assertThat(os.networking().resourceTags().check(Resource.NETWORK, net.getId(), "cluster-a").isSuccess())
                .isTrue();
        assertThat(os.networking().network().list(Map.of("tags", "cluster-a"))).extracting(Network::getId)
                .containsExactly(net.getId());

        Router router = os.networking().router().create(Builders.router().name("t-router")
                .externalGateway(pub.getId()).build());
        assertThat(router.getExternalGatewayInfo().getNetworkId()).isEqualTo(pub.getId());
        os.networking().router().attachInterface(router.getId(), AttachInterfaceType.SUBNET, subnet.getId());

        Port vip = os.networking().port().create(Builders.port().name("t-vip").networkId(net.getId())
                .fixedIp("10.20.0.10", subnet.getId()).build());
        Port node = os.networking().port().create(Builders.port().name("t-node").networkId(net.getId())
                .allowedAddressPair("10.20.0.10", null).build());
        assertThat(vip.getFixedIps()).extracting(ip -> ip.getIpAddress()).containsExactly("10.20.0.10");
        assertThat(node.getAllowedAddressPairs()).extracting(p -> p.getIpAddress()).containsExactly("10.20.0.10");
        assertThat(os.networking().port().list(org.openstack4j.model.network.options.PortListOptions.create()
                .networkId(net.getId()))).hasSize(3);

        NetFloatingIP fip = os.networking().floatingip().create(Builders.netFloatingIP()
                .floatingNetworkId(pub.getId()).portId(vip.getId()).build());
        assertThat(fip.getFloatingIpAddress()).startsWith("203.0.113.");
        assertThat(fip.getFixedIpAddress()).isEqualTo("10.20.0.10");

        var sg = os.networking().securitygroup().create(Builders.securityGroup().name("t-sg").build());
        var rule = os.networking().securityrule().create(Builders.securityGroupRule().securityGroupId(sg.getId())
                .direction("ingress").ethertype("IPv4").protocol("tcp").portRangeMin(6443).portRangeMax(6443).build());
        assertThat(rule.getPortRangeMin()).isEqualTo(6443);

        assertThat(os.networking().network().delete(net.getId()).getCode()).isEqualTo(409);
        assertThat(os.networking().floatingip().delete(fip.getId()).isSuccess()).isTrue();
        assertThat(os.networking().router().detachInterface(router.getId(), subnet.getId(), null)).isNotNull();
        assertThat(os.networking().port().delete(vip.getId()).isSuccess()).isTrue();
        assertThat(os.networking().port().delete(node.getId()).isSuccess()).isTrue();
        assertThat(os.networking().router().delete(router.getId()).isSuccess()).isTrue();
        assertThat(os.networking().network().delete(net.getId()).isSuccess()).isTrue();
        assertThat(os.networking().network().get(net.getId())).isNull();
    }

    @Test
    void serverBuildsThenActiveWithVolumeAttachedAndAntiAffinity() {
        OSClientV3 os = login();
        Network net = os.networking().network().create(Builders.network().name("t-srv-net").build());
        os.networking().subnet().create(Builders.subnet().networkId(net.getId()).ipVersion(IPVersionType.V4)
                .cidr("10.30.0.0/24").build());
        String image = os.imagesV2().list(Map.of("name", "ubuntu-24.04")).get(0).getId();
        ServerGroup group = os.compute().serverGroups().create("t-group", "anti-affinity");
        Server created = os.compute().servers().boot(Builders.server().name("t-cp-0").flavor("3").image(image)
                .networks(List.of(net.getId())).addSchedulerHint("group", group.getId())
                .addMetadataItem("cluster", "a").build());
        assertThat(os.compute().servers().get(created.getId()).getStatus()).isEqualTo(Server.Status.BUILD);
        CLOCK.advance(Duration.ofSeconds(3));
        Server active = os.compute().servers().get(created.getId());
        assertThat(active.getStatus()).isEqualTo(Server.Status.ACTIVE);
        assertThat(active.getAddresses().getAddresses(net.getName())).hasSize(1);
        assertThat(active.getMetadata()).containsEntry("cluster", "a");
        assertThat(os.compute().servers().list(Map.of("name", "^t-cp-"))).hasSize(1);
        assertThat(os.compute().serverGroups().get(group.getId()).getMembers()).containsExactly(created.getId());

        Volume volume = os.blockStorage().volumes().create(Builders.volume().name("t-etcd").size(10).build());
        assertThat(volume.getStatus()).isEqualTo(Volume.Status.CREATING);
        CLOCK.advance(Duration.ofSeconds(2));
        assertThat(os.blockStorage().volumes().get(volume.getId()).getStatus()).isEqualTo(Volume.Status.AVAILABLE);
        os.compute().servers().attachVolume(created.getId(), volume.getId(), "/dev/vdb");
        assertThat(os.blockStorage().volumes().get(volume.getId()).getStatus()).isEqualTo(Volume.Status.IN_USE);
        assertThat(os.blockStorage().volumes().delete(volume.getId()).isSuccess()).isFalse();

        assertThat(os.compute().servers().delete(created.getId()).isSuccess()).isTrue();
        assertThat(os.compute().servers().get(created.getId())).isNull();
        assertThat(os.blockStorage().volumes().get(volume.getId()).getStatus()).isEqualTo(Volume.Status.AVAILABLE);
        assertThat(os.blockStorage().volumes().delete(volume.getId()).isSuccess()).isTrue();
        assertThat(os.networking().port().list(org.openstack4j.model.network.options.PortListOptions.create()
                .networkId(net.getId()))).isEmpty();
    }

    @Test
    void antiAffinityBeyondTheHostsEndsInError() {
        try (SandboxCloud small = SandboxCloud.start(SandboxOptions.builder().computeHosts(1)
                .serverActiveDelay(Duration.ZERO).build())) {
            OSClientV3 os = OSFactory.builderV3().endpoint(small.authUrl())
                    .credentials("demo", "demo", Identifier.byName("Default"))
                    .scopeToProject(Identifier.byName("demo"), Identifier.byName("Default")).authenticate();
            String image = os.imagesV2().list(Map.of("name", "debian-12")).get(0).getId();
            ServerGroup group = os.compute().serverGroups().create("t-aa", "anti-affinity");
            Server first = os.compute().servers().boot(Builders.server().name("a").flavor("2").image(image)
                    .addSchedulerHint("group", group.getId()).build());
            Server second = os.compute().servers().boot(Builders.server().name("b").flavor("2").image(image)
                    .addSchedulerHint("group", group.getId()).build());
            assertThat(os.compute().servers().get(first.getId()).getStatus()).isEqualTo(Server.Status.ACTIVE);
            Server failed = os.compute().servers().get(second.getId());
            assertThat(failed.getStatus()).isEqualTo(Server.Status.ERROR);
            assertThat(failed.getFault().getMessage()).startsWith("No valid host was found");
        }
    }
}
