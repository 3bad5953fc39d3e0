package io.opencenter.installer.openstack.preflight;

import static io.opencenter.installer.openstack.preflight.CloudFixtures.FLAVORS;
import static io.opencenter.installer.openstack.preflight.CloudFixtures.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.preflight.SecurityGroupRules.Group;
import io.opencenter.installer.openstack.preflight.SecurityGroupRules.Rule;
import io.opencenter.installer.openstack.preflight.SecurityGroupRules.Source;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.spec.ClusterSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeedsTest {

    @Test
    void sandboxDefaultNeedsFiveNodesTheirVolumesAndOneOfEachNetworkThing() {
        InfrastructureNeeds n = InfrastructureNeeds.of(config(), FLAVORS);
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
        assertThat(n.get(QuotaResource.PORTS)).isEqualTo(5 + 3);
        assertThat(n.get(QuotaResource.FLOATING_IPS)).isEqualTo(1);
        assertThat(n.get(QuotaResource.SECURITY_GROUPS)).isEqualTo(2);
        assertThat(n.get(QuotaResource.SECURITY_GROUP_RULES)).isEqualTo(17 + 4);
        assertThat(n.unknownFlavors()).isEmpty();
    }

    @Test
    void aKeyPairOnlyWhenAnSshKeyIsGiven() {
        assertThat(InfrastructureNeeds.of(CloudFixtures.withSshKey(config(), "~/.ssh/id.pub"), FLAVORS)
                .get(QuotaResource.KEY_PAIRS)).isEqualTo(1);
        assertThat(InfrastructureNeeds.of(CloudFixtures.withSshKey(config(), " "), FLAVORS)
                .get(QuotaResource.KEY_PAIRS)).isZero();
    }

    @Test
    void bootingFromTheImageNeedsNoVolumes() {
        var c = CloudFixtures.withControlPlane(config(), new ClusterSpec.ControlPlane(3, "m1.large", "ubuntu-24.04", 0));
        c = CloudFixtures.withWorkers(c, new ClusterSpec.WorkerPool("a", 4, "m1.large", "ubuntu-24.04", 0),
                new ClusterSpec.WorkerPool("b", 2, "m1.xlarge", "ubuntu-24.04", 30));
        InfrastructureNeeds n = InfrastructureNeeds.of(c, FLAVORS);
        assertThat(n.get(QuotaResource.INSTANCES)).isEqualTo(9);
        assertThat(n.get(QuotaResource.VOLUMES)).isEqualTo(2);
        assertThat(n.get(QuotaResource.GIGABYTES)).isEqualTo(60);
        assertThat(n.get(QuotaResource.PORTS)).isEqualTo(12);
    }

    @Test
    void anUnknownFlavorAddsNoCoresAndIsNamed() {
        var c = CloudFixtures.withWorkers(config(), new ClusterSpec.WorkerPool("a", 2, "m9.huge", "ubuntu-24.04", 0));
        InfrastructureNeeds n = InfrastructureNeeds.of(c, FLAVORS);
        assertThat(n.get(QuotaResource.CORES)).isEqualTo(12);
        assertThat(n.get(QuotaResource.INSTANCES)).isEqualTo(5);
        assertThat(n.unknownFlavors()).containsExactly("m9.huge");
    }

    @Test
    void flavorsAreFoundByIdToo() {
        var c = CloudFixtures.withWorkers(config(), new ClusterSpec.WorkerPool("a", 1, "5", "ubuntu-24.04", 0));
        assertThat(InfrastructureNeeds.of(c, FLAVORS).get(QuotaResource.CORES)).isEqualTo(12 + 8);
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
