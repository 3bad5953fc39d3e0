package io.opencenter.installer.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opencenter.installer.provision.SecurityGroupRules;
import io.opencenter.installer.provision.ResourceAttributes.FloatingIp;
import io.opencenter.installer.provision.ResourceAttributes.Port;
import io.opencenter.installer.provision.ResourceAttributes.Router;
import io.opencenter.installer.provision.ResourceAttributes.SecurityGroupRule;
import io.opencenter.installer.provision.ResourceAttributes.Server;
import io.opencenter.installer.provision.ResourceAttributes.ServerGroup;
import io.opencenter.installer.provision.ResourceAttributes.Subnet;
import io.opencenter.installer.provision.ResourceAttributes.Volume;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlanBuilderTest {

    @Test
    void bothExamplesPlanWithTheExpectedShape() {
        ProvisioningPlan prod = PlanConfigs.plan(PlanConfigs.openstack());
        assertThat(prod.cluster()).isEqualTo("prod-east");
        // openstack example: 3 control-plane nodes, 3 workers in "default", an SSH key.
        assertThat(prod.count(ResourceKind.SERVER)).isEqualTo(6);
        assertThat(prod.count(ResourceKind.PORT)).isEqualTo(7);
        assertThat(prod.count(ResourceKind.KEYPAIR)).isEqualTo(1);
        assertThat(prod.count(ResourceKind.SECURITY_GROUP_RULE)).isEqualTo(SecurityGroupRules.rules().size());
        assertThat(prod.resource("server-control-plane-1").orElseThrow().name()).isEqualTo("prod-east-control-plane-1");
        assertThat(prod.resource("network").orElseThrow().name()).isEqualTo("prod-east-network");

        ProvisioningPlan demo = PlanConfigs.plan(PlanConfigs.sandbox());
        assertThat(demo.count(ResourceKind.SERVER)).isEqualTo(5);
        assertThat(demo.count(ResourceKind.VOLUME)).isEqualTo(5);
        assertThat(demo.count(ResourceKind.KEYPAIR)).isZero();
        assertThat(demo.resource("server-default-2").orElseThrow().name()).isEqualTo("demo-default-2");
    }

    @Test
    void namesFollowTheRuleAndAreUniquePerKind() {
        for (ClusterConfig c : PlanConfigs.all()) {
            ProvisioningPlan plan = PlanConfigs.plan(c);
            Pattern rule = Pattern.compile(Pattern.quote(c.name()) + "(-[a-z0-9]+)+");
            Set<String> seen = new HashSet<>();
            for (PlannedResource r : plan.resources()) {
                assertThat(r.name()).as(r.key()).matches(rule);
                assertThat(seen.add(r.kind() + "/" + r.name())).as("duplicate name " + r.name()).isTrue();
            }
        }
    }

    @Test
    void nodeResourcesShareTheNodeNameAndNumberFromOne() {
        ProvisioningPlan plan = PlanConfigs.plan(PlanConfigs.sandbox());
        for (String key : List.of("port-control-plane-3", "volume-control-plane-3", "server-control-plane-3")) {
            assertThat(plan.resource(key).orElseThrow().name()).isEqualTo("demo-control-plane-3");
        }
        assertThat(plan.resource("server-control-plane-0")).isEmpty();
        assertThat(plan.resource("server-control-plane-4")).isEmpty();
    }

    @Test
    void everyResourceCarriesTheClusterTag() {
        for (ClusterConfig c : PlanConfigs.all()) {
            for (PlannedResource r : PlanConfigs.plan(c).resources()) {
                assertThat(r.tags()).as(r.key()).containsEntry("opencenter-cluster", c.name());
            }
        }
    }

    @Test
    void networkAttributesComeFromTheConfig() {
        ClusterConfig c = PlanConfigs.sandbox();
        ProvisioningPlan plan = PlanConfigs.plan(c);
        Subnet subnet = (Subnet) plan.resource("subnet").orElseThrow().attributes();
        assertThat(subnet.cidr()).isEqualTo("10.20.0.0/24");
        assertThat(subnet.dnsNameservers()).containsExactly("1.1.1.1", "9.9.9.9");
        assertThat(((Router) plan.resource("router").orElseThrow().attributes()).externalNetwork()).isEqualTo("public");
        assertThat(plan.dependenciesOf("router-interface")).containsExactlyInAnyOrder("router", "subnet");
        FloatingIp fip = (FloatingIp) plan.resource("floating-ip").orElseThrow().attributes();
        assertThat(fip.portKey()).isEqualTo("vip-port");
        assertThat(fip.externalNetwork()).isEqualTo("public");
        assertThat(plan.dependenciesOf("floating-ip")).contains("vip-port", "router-interface");
    }

    @Test
    void vipPortHasTheApiVipAndEveryControlPlanePortAllowsIt() {
        for (ClusterConfig c : PlanConfigs.all()) {
            ProvisioningPlan plan = PlanConfigs.plan(c);
            String vip = c.spec().kubernetes().apiVip();
            Port vipPort = (Port) plan.resource("vip-port").orElseThrow().attributes();
            assertThat(vipPort.fixedIp()).isEqualTo(vip);
            for (PlannedResource r : plan.ofKind(ResourceKind.PORT)) {
                Port port = (Port) r.attributes();
                if (r.key().startsWith("port-control-plane-")) {
                    assertThat(port.allowedAddressPairs()).as(r.key()).containsExactly(vip);
                    assertThat(port.securityGroupKeys()).containsExactly("secgroup-control-plane");
                } else if (r.key().startsWith("port-")) {
                    assertThat(port.allowedAddressPairs()).as(r.key()).isEmpty();
                    assertThat(port.securityGroupKeys()).containsExactly("secgroup-workers");
                }
                if (!r.key().equals("vip-port")) {
                    assertThat(port.fixedIp()).as(r.key()).isNull();
                    assertThat(plan.dependenciesOf(r.key())).contains("vip-port", "subnet");
                }
            }
        }
    }

    @Test
    void serversDependOnPortVolumeServerGroupKeypairAndFloatingIp() {
        ClusterConfig withKey = PlanConfigs.openstack();
        ProvisioningPlan plan = PlanConfigs.plan(withKey);
        assertThat(plan.dependenciesOf("server-control-plane-2")).containsExactlyInAnyOrder("port-control-plane-2",
                "volume-control-plane-2", "server-group-control-plane", "keypair", "floating-ip");
        assertThat(plan.dependenciesOf("server-default-1")).containsExactlyInAnyOrder("port-default-1",
                "volume-default-1", "keypair", "floating-ip");
        Server cp = (Server) plan.resource("server-control-plane-2").orElseThrow().attributes();
        assertThat(cp.serverGroupKey()).isEqualTo("server-group-control-plane");
        assertThat(cp.keypairKey()).isEqualTo("keypair");
        assertThat(cp.flavor()).isEqualTo(withKey.spec().controlPlane().flavor());
        assertThat(cp.availabilityZone()).isEqualTo(withKey.spec().cloud().availabilityZone());

        ProvisioningPlan noKey = PlanConfigs.plan(PlanConfigs.withSshKey(withKey, "  "));
        assertThat(noKey.resource("keypair")).isEmpty();
        assertThat(noKey.dependenciesOf("server-control-plane-2")).doesNotContain("keypair");
        assertThat(((Server) noKey.resource("server-control-plane-2").orElseThrow().attributes()).keypairKey()).isNull();
    }

    @Test
    void theServerGroupTakesTheConfiguredPolicyHardByDefault() {
        ClusterConfig base = PlanConfigs.openstack();
        ClusterSpec.ControlPlane cp = base.spec().controlPlane();
        for (String word : new String[] {"anti-affinity", "soft-anti-affinity"}) {
            ProvisioningPlan plan = PlanConfigs.plan(PlanConfigs.withNodes(base, new ClusterSpec.ControlPlane(
                    cp.count(), cp.flavor(), cp.image(), cp.volumeSizeGb(), word), base.spec().workerPools()));
            assertThat(plan.resource("server-group-control-plane").orElseThrow().attributes())
                    .isEqualTo(new ServerGroup(word));
        }
        ProvisioningPlan unset = PlanConfigs.plan(PlanConfigs.withNodes(base, new ClusterSpec.ControlPlane(
                cp.count(), cp.flavor(), cp.image(), cp.volumeSizeGb()), base.spec().workerPools()));
        assertThat(unset.resource("server-group-control-plane").orElseThrow().attributes())
                .isEqualTo(new ServerGroup("anti-affinity"));
        ClusterConfig unknown = PlanConfigs.withNodes(base, new ClusterSpec.ControlPlane(cp.count(), cp.flavor(),
                cp.image(), cp.volumeSizeGb(), "spread"), base.spec().workerPools());
        assertThatThrownBy(() -> PlanConfigs.plan(unknown)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spec.controlPlane.serverGroupPolicy");
    }

    @Test
    void volumeSizeZeroBootsFromTheImage() {
        ProvisioningPlan plan = PlanConfigs.plan(PlanConfigs.mixed());
        assertThat(plan.resource("volume-control-plane-1")).isEmpty();
        assertThat(plan.resource("volume-general-1")).isEmpty();
        Server cp = (Server) plan.resource("server-control-plane-1").orElseThrow().attributes();
        assertThat(cp.image()).isEqualTo("ubuntu-24.04");
        assertThat(cp.volumeKey()).isNull();
        assertThat(plan.dependenciesOf("server-control-plane-1")).containsExactlyInAnyOrder("port-control-plane-1",
                "server-group-control-plane", "keypair", "floating-ip");

        Volume gpu = (Volume) plan.resource("volume-gpu-2").orElseThrow().attributes();
        assertThat(gpu.sizeGb()).isEqualTo(200);
        assertThat(gpu.image()).isEqualTo("ubuntu-24.04");
        Server gpuServer = (Server) plan.resource("server-gpu-2").orElseThrow().attributes();
        assertThat(gpuServer.image()).isNull();
        assertThat(gpuServer.volumeKey()).isEqualTo("volume-gpu-2");
        assertThat(plan.resources()).noneMatch(r -> r.key().contains("spare"));
    }

    @Test
    void serversCarryNoUserDataAndWaitForTheFloatingIpTheirUserDataNames() {
        ProvisioningPlan plan = PlanConfigs.plan(PlanConfigs.mixed());
        for (PlannedResource r : plan.resources()) {
            if (r.attributes() instanceof Server server) {
                assertThat(server.userData()).as(r.name()).isNull();
                assertThat(r.dependsOn()).as(r.name()).contains(PlanBuilder.FLOATING_IP);
            }
        }
    }

    @Test
    void securityGroupRulesAreTheSharedListWithTheirRemotes() {
        ClusterConfig c = PlanConfigs.sandbox();
        ProvisioningPlan plan = PlanConfigs.plan(c);
        List<SecurityGroupRules.Rule> rules = SecurityGroupRules.rules();
        for (int i = 0; i < rules.size(); i++) {
            SecurityGroupRules.Rule rule = rules.get(i);
            PlannedResource r = plan.resource(PlanBuilder.ruleKey(i + 1)).orElseThrow();
            SecurityGroupRule a = (SecurityGroupRule) r.attributes();
            assertThat(a.protocol()).isEqualTo(rule.protocol());
            assertThat(a.portMin()).isEqualTo(rule.portMin());
            assertThat(a.portMax()).isEqualTo(rule.portMax());
            assertThat(a.remoteCidr() == null).as("exactly one remote").isNotEqualTo(a.remoteGroupKey() == null);
            assertThat(r.dependsOn()).contains(a.securityGroupKey());
            if (a.remoteGroupKey() != null) {
                assertThat(r.dependsOn()).contains(a.remoteGroupKey());
            }
            String expectedCidr = switch (rule.source()) {
                case ANYWHERE -> "0.0.0.0/0";
                case NODE_CIDR -> "10.20.0.0/24";
                case POD_CIDR -> "10.244.0.0/16";
                case SERVICE_CIDR -> "10.96.0.0/12";
                default -> null;
            };
            assertThat(a.remoteCidr()).isEqualTo(expectedCidr);
        }
        SecurityGroupRule api = (SecurityGroupRule) plan.resource("secgroup-rule-1").orElseThrow().attributes();
        assertThat(api.securityGroupKey()).isEqualTo("secgroup-control-plane");
        assertThat(api.portMin()).isEqualTo(6443);
    }

    @Test
    void neutronKindsAreMarkedForTheSerializationLane() {
        ProvisioningPlan plan = PlanConfigs.plan(PlanConfigs.sandbox());
        assertThat(plan.resource("vip-port").orElseThrow().neutronMutating()).isTrue();
        assertThat(plan.resource("secgroup-rule-3").orElseThrow().service()).isEqualTo(CloudService.NETWORK);
        assertThat(plan.resource("server-default-1").orElseThrow().neutronMutating()).isFalse();
        assertThat(plan.resource("server-default-1").orElseThrow().service()).isEqualTo(CloudService.COMPUTE);
        assertThat(plan.resource("volume-default-1").orElseThrow().service()).isEqualTo(CloudService.VOLUME);
    }

    @Test
    void sameConfigGivesAnEqualPlan() {
        for (ClusterConfig c : PlanConfigs.all()) {
            assertThat(PlanConfigs.plan(c)).isEqualTo(PlanConfigs.plan(c));
        }
        ClusterConfig reloaded = PlanConfigs.openstack();
        assertThat(PlanConfigs.plan(reloaded).resources()).isEqualTo(PlanConfigs.plan(PlanConfigs.openstack()).resources());
    }

    @Test
    void aPoolNamedLikeTheControlPlaneIsRefusedClearly() {
        ClusterConfig clash = PlanConfigs.withNodes(PlanConfigs.sandbox(),
                new io.opencenter.installer.spec.ClusterSpec.ControlPlane(1, "m1.large", "img", 0),
                List.of(new io.opencenter.installer.spec.ClusterSpec.WorkerPool("control-plane", 1, "m1", "img", 0)));
        assertThatThrownBy(() -> PlanConfigs.plan(clash)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("port-control-plane-1");
    }

    @Test
    void anUnvalidatedConfigIsRefusedClearly() {
        ClusterConfig noName = new ClusterConfig(ClusterConfig.API_VERSION, ClusterConfig.KIND, null,
                PlanConfigs.sandbox().spec());
        assertThatThrownBy(() -> PlanConfigs.plan(noName)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metadata.name");
    }
}
