package io.opencenter.installer.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.openstack.OpenStackGateway.Flavor;
import io.opencenter.installer.openstack.OpenStackGateway.Quota;
import io.opencenter.installer.provision.PlaceholderBootstrapData;
import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.spec.ClusterConfigs;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OwnUsageGatewayTest {
    private static final ProvisioningPlan PLAN = PlanBuilder.build(ClusterConfigs.sandboxDefault(),
            new PlaceholderBootstrapData());

    /** Answers quotas and flavors only: all the decorator adds to. */
    private static OpenStackGateway cloudWith(List<Quota> quotas) {
        return (OpenStackGateway) java.lang.reflect.Proxy.newProxyInstance(OwnUsageGatewayTest.class.getClassLoader(),
                new Class<?>[] {OpenStackGateway.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "quotas" -> quotas;
                    case "flavors" -> List.of(new Flavor("f1", "m1.large", 4, 8192, 40, true),
                            new Flavor("f2", "m1.xlarge", 8, 16384, 80, true));
                    case "close" -> null;
                    default -> throw new AssertionError("unexpected call " + method.getName());
                });
    }

    private static Map<String, Long> inUse(OpenStackGateway gateway) {
        return gateway.quotas().stream().collect(Collectors.toMap(Quota::resource, Quota::inUse));
    }

    @Test
    void whatTheClusterAlreadyHasIsNotCountedAsInUse() {
        ListedCloud existing = new ListedCloud()
                .with(ResourceKind.SERVER, "demo-control-plane-1", "demo-default-1")
                .with(ResourceKind.VOLUME, "demo-control-plane-1", "demo-default-1")
                .with(ResourceKind.NETWORK, "demo-network")
                .with(ResourceKind.SUBNET, "demo-subnet")
                .with(ResourceKind.PORT, "demo-api-vip", "demo-control-plane-1")
                .with(ResourceKind.ROUTER_INTERFACE, "demo-router-interface")
                .with(ResourceKind.ROUTER_INTERFACE, "demo-router-interface")
                .with(ResourceKind.SECURITY_GROUP, "demo-secgroup-control-plane")
                .with(ResourceKind.SECURITY_GROUP_RULE, "demo-secgroup-rule-1");
        List<Quota> quotas = List.of(new Quota("compute", "instances", 10, 7),
                new Quota("compute", "cores", 100, 40), new Quota("compute", "ramMb", 100_000, 50_000),
                new Quota("volume", "gigabytes", 1000, 500), new Quota("network", "ports", 50, 10),
                new Quota("network", "securityGroupRules", 100, 20), new Quota("network", "networks", 10, 1),
                new Quota("network", "floatingIps", 10, 3));
        OwnUsageGateway gateway = new OwnUsageGateway(cloudWith(quotas), PLAN,
                () -> ClusterPreflight.existing(existing, "demo"));

        Map<String, Long> used = inUse(gateway);

        assertThat(used).containsEntry("instances", 5L)
                .containsEntry("cores", 40L - 4 - 8)
                .containsEntry("ramMb", 50_000L - 8192 - 16384)
                .containsEntry("gigabytes", 500L - 40 - 100)
                .containsEntry("ports", 10L - 2 - 1 - 1) // two ports, the router interface, the DHCP port
                .containsEntry("securityGroupRules", 20L - 1 - 2) // one rule and the group's two egress rules
                .containsEntry("networks", 0L)
                .containsEntry("floatingIps", 3L);
        assertThat(existing.lists).as("load balancers are never listed").isEqualTo(ResourceKind.values().length - 1);
    }

    @Test
    void aFreshClusterLeavesTheQuotasAsTheCloudReportsThem() {
        List<Quota> quotas = List.of(new Quota("compute", "instances", 10, 7));
        OwnUsageGateway gateway = new OwnUsageGateway(cloudWith(quotas), PLAN,
                () -> ClusterPreflight.existing(new ListedCloud(), "demo"));
        assertThat(gateway.quotas()).isEqualTo(quotas);
    }

    @Test
    void objectsThePlanDoesNotKnowStillUseQuota() {
        ListedCloud existing = new ListedCloud().with(ResourceKind.SERVER, "demo-old-9")
                .with(ResourceKind.VOLUME, "demo-old-9");
        List<Quota> quotas = List.of(new Quota("compute", "instances", 10, 1), new Quota("compute", "cores", 10, 2),
                new Quota("volume", "gigabytes", 100, 30));
        Map<String, Long> used = inUse(new OwnUsageGateway(cloudWith(quotas), PLAN,
                () -> ClusterPreflight.existing(existing, "demo")));
        assertThat(used).containsEntry("instances", 1L).containsEntry("cores", 2L).containsEntry("gigabytes", 30L);
    }

    @Test
    void nothingIsDiscountedBelowZero() {
        ListedCloud existing = new ListedCloud().with(ResourceKind.NETWORK, "demo-network");
        List<Quota> quotas = List.of(new Quota("network", "networks", 10, 0));
        Function<List<Quota>, OwnUsageGateway> gw = q -> new OwnUsageGateway(cloudWith(q), PLAN,
                () -> ClusterPreflight.existing(existing, "demo"));
        assertThat(inUse(gw.apply(quotas))).containsEntry("networks", 0L);
    }
}
