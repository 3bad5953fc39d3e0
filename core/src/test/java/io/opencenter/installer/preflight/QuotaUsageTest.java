package io.opencenter.installer.preflight;

import static io.opencenter.installer.preflight.CloudFixtures.FLAVORS;
import static io.opencenter.installer.preflight.CloudFixtures.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.provision.SecurityGroupRules.Group;
import io.opencenter.installer.provision.SecurityGroupRules.Rule;
import io.opencenter.installer.provision.SecurityGroupRules.Source;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.SecurityGroupRules;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotaUsageTest {

    private static QuotaUsage needs(ClusterSpec.ControlPlane cp, ClusterSpec.WorkerPool... pools) {
        var c = CloudFixtures.withControlPlane(config(), cp);
        return needs(pools.length == 0 ? c : CloudFixtures.withWorkers(c, pools));
    }

    private static QuotaUsage needs(ClusterConfig c) {
        return QuotaUsage.of(CloudFixtures.plan(c).resources(), FLAVORS);
    }

    @Test
    void sandboxDefaultNeedsFiveNodesTheirVolumesAndOneOfEachNetworkThing() {
        QuotaUsage n = needs(config());
        assertThat(n.get(QuotaResource.INSTANCES)).isEqualTo(5);
        assertThat(n.get(QuotaResource.CORES)).isEqualTo(3 * 4 + 2 * 8);
        assertThat(n.get(QuotaResource.RAM_MB)).isEqualTo(3 * 8192 + 2 * 16384);
        assertThat(n.get(QuotaResource.VOLUMES)).isEqualTo(5);
        assertThat(n.get(QuotaResource.GIGABYTES)).isEqualTo(3 * 40 + 2 * 100);
        assertThat(n.get(QuotaResource.SERVER_GROUPS)).isEqualTo(1);
        assertThat(n.get(QuotaResource.KEY_PAIRS)).isZero();
        assertThat(n.get(QuotaResource.NETWORKS)).isEqualTo(1);
        assertThat(n.get(QuotaResource.SUBNETS)).isEqualTo(1);
        assertThat(n.get(QuotaResource.ROUTERS)).isEqualTo(1);
        // a port per node, the VIP port, the router interface and the subnet's DHCP port
        assertThat(n.get(QuotaResource.PORTS)).isEqualTo(5 + 3);
        assertThat(n.get(QuotaResource.FLOATING_IPS)).isEqualTo(1);
        assertThat(n.get(QuotaResource.SECURITY_GROUPS)).isEqualTo(2);
        assertThat(n.get(QuotaResource.SECURITY_GROUP_RULES)).isEqualTo(17 + 4);
        assertThat(n.unknownFlavors()).isEmpty();
    }

    @Test
    void aKeyPairOnlyWhenAnSshKeyIsGiven() {
        assertThat(needs(CloudFixtures.withSshKey(config(), "~/.ssh/id.pub")).get(QuotaResource.KEY_PAIRS))
                .isEqualTo(1);
        assertThat(needs(CloudFixtures.withSshKey(config(), " ")).get(QuotaResource.KEY_PAIRS)).isZero();
    }

    @Test
    void bootingFromTheImageNeedsNoVolumes() {
        QuotaUsage n = needs(new ClusterSpec.ControlPlane(3, "m1.large", "ubuntu-24.04", 0),
                new ClusterSpec.WorkerPool("a", 4, "m1.large", "ubuntu-24.04", 0),
                new ClusterSpec.WorkerPool("b", 2, "m1.xlarge", "ubuntu-24.04", 30));
        assertThat(n.get(QuotaResource.INSTANCES)).isEqualTo(9);
        assertThat(n.get(QuotaResource.VOLUMES)).isEqualTo(2);
        assertThat(n.get(QuotaResource.GIGABYTES)).isEqualTo(60);
        assertThat(n.get(QuotaResource.PORTS)).isEqualTo(12);
    }

    @Test
    void anUnknownFlavorAddsNoCoresAndIsNamed() {
        QuotaUsage n = needs(CloudFixtures.withWorkers(config(),
                new ClusterSpec.WorkerPool("a", 2, "m9.huge", "ubuntu-24.04", 0)));
        assertThat(n.get(QuotaResource.CORES)).isEqualTo(12);
        assertThat(n.get(QuotaResource.INSTANCES)).isEqualTo(5);
        assertThat(n.unknownFlavors()).containsExactly("m9.huge");
    }

    @Test
    void flavorsAreFoundByIdToo() {
        assertThat(needs(CloudFixtures.withWorkers(config(), new ClusterSpec.WorkerPool("a", 1, "5", "ubuntu-24.04",
                0))).get(QuotaResource.CORES)).isEqualTo(12 + 8);
    }

    @Test
    void whatTheClusterAlreadyHoldsIsNotNeededAgain() {
        ListedCloud existing = new ListedCloud()
                .with(ResourceKind.SERVER, "demo-control-plane-1", "demo-default-1")
                .with(ResourceKind.VOLUME, "demo-control-plane-1", "demo-default-1")
                .with(ResourceKind.NETWORK, "demo-network")
                .with(ResourceKind.SUBNET, "demo-subnet")
                .with(ResourceKind.PORT, "demo-api-vip", "demo-control-plane-1")
                .with(ResourceKind.ROUTER_INTERFACE, "demo-router-interface", "demo-router-interface")
                .with(ResourceKind.SECURITY_GROUP, "demo-secgroup-control-plane")
                .with(ResourceKind.SECURITY_GROUP_RULE, "demo-secgroup-rule-1");
        var plan = CloudFixtures.plan(config());
        QuotaUsage all = QuotaUsage.of(plan.resources(), FLAVORS);
        QuotaUsage held = QuotaUsage.of(HeldResources.on(() -> existing).of(plan), FLAVORS);
        QuotaUsage still = all.minus(held);

        assertThat(held.get(QuotaResource.INSTANCES)).isEqualTo(2);
        assertThat(held.get(QuotaResource.CORES)).isEqualTo(4 + 8);
        assertThat(held.get(QuotaResource.RAM_MB)).isEqualTo(8192 + 16384);
        assertThat(held.get(QuotaResource.GIGABYTES)).isEqualTo(40 + 100);
        // two ports, the router interface (listed twice, planned once) and the subnet's DHCP port
        assertThat(held.get(QuotaResource.PORTS)).isEqualTo(2 + 1 + 1);
        // one rule and the group's two default egress rules
        assertThat(held.get(QuotaResource.SECURITY_GROUP_RULES)).isEqualTo(1 + 2);
        assertThat(held.get(QuotaResource.NETWORKS)).isEqualTo(1);
        assertThat(held.get(QuotaResource.FLOATING_IPS)).isZero();
        assertThat(still.get(QuotaResource.INSTANCES)).isEqualTo(3);
        assertThat(still.get(QuotaResource.NETWORKS)).isZero();
        assertThat(existing.lists).as("load balancers are never listed").isLessThan(ResourceKind.values().length);
    }

    @Test
    void objectsThePlanDoesNotKnowAreNotHeldForIt() {
        ListedCloud existing = new ListedCloud().with(ResourceKind.SERVER, "demo-old-9")
                .with(ResourceKind.VOLUME, "demo-old-9");
        assertThat(HeldResources.on(() -> existing).of(CloudFixtures.plan(config()))).isEmpty();
    }

    @Test
    void nothingIsNeededBelowZero() {
        QuotaUsage none = needs(config()).minus(needs(config())).minus(needs(config()));
        assertThat(none.counts().values()).allMatch(v -> v == 0);
    }

    @Test
    void securityRulesCoverTheApiVrrpEtcdKubeletNodePortsAndThePodNetwork() {
        List<Rule> rules = SecurityGroupRules.rules();
        assertThat(rules).anyMatch(r -> r.group() == Group.CONTROL_PLANE && Integer.valueOf(6443).equals(r.portMin()));
        assertThat(rules).anyMatch(r -> r.group() == Group.CONTROL_PLANE && "112".equals(r.protocol()));
        assertThat(rules).anyMatch(r -> r.group() == Group.CONTROL_PLANE && "51".equals(r.protocol()));
        assertThat(rules).anyMatch(r -> Integer.valueOf(2379).equals(r.portMin()) && Integer.valueOf(2380).equals(r.portMax())
                && r.source() == Source.CONTROL_PLANE_GROUP);
        assertThat(rules).filteredOn(r -> Integer.valueOf(10250).equals(r.portMin())).hasSize(2);
        assertThat(rules).anyMatch(r -> r.group() == Group.WORKERS && Integer.valueOf(30000).equals(r.portMin())
                && Integer.valueOf(32767).equals(r.portMax()));
        for (Group g : Group.values()) {
            assertThat(rules).anyMatch(r -> r.group() == g && r.source() == Source.POD_CIDR && r.protocol() == null);
        }
        assertThat(SecurityGroupRules.quotaCount()).isEqualTo(rules.size() + 4);
    }

    @Test
    void addonsOnOpenStackClaimCinderVolumesForEveryDeclaredPvcAndNoPortsOrFloatingIps() {
        var n = AddonNeeds.of(config(), Catalog.builtIn());
        assertThat(n.get(QuotaResource.VOLUMES)).isEqualTo(24);
        assertThat(n.get(QuotaResource.GIGABYTES)).isEqualTo(507);
        assertThat(n.get(QuotaResource.PORTS)).isZero();
        assertThat(n.get(QuotaResource.FLOATING_IPS)).isZero();
        assertThat(n.notes()).anyMatch(s -> s.contains("MetalLB"));
    }

    @Test
    void disablingHarborTakesItsPartsVolumesAway() {
        var c = CloudFixtures.withPlatform(config(), new ClusterSpec.Platform("openstack", List.of("harbor"), null, null));
        var n = AddonNeeds.of(c, Catalog.builtIn());
        assertThat(n.get(QuotaResource.VOLUMES)).isEqualTo(24 - 5);
        assertThat(n.get(QuotaResource.GIGABYTES)).isEqualTo(507 - 117);
    }

    @Test
    void genericProfileClaimsNoCinderVolumes() {
        var c = CloudFixtures.withPlatform(config(), new ClusterSpec.Platform("generic", null, null, null));
        var n = AddonNeeds.of(c, Catalog.builtIn());
        assertThat(n.get(QuotaResource.VOLUMES)).isZero();
        assertThat(n.get(QuotaResource.GIGABYTES)).isZero();
        assertThat(n.notes().get(0)).contains("Longhorn");
    }
}
