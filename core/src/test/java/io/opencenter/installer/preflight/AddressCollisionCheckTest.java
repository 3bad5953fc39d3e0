package io.opencenter.installer.preflight;

import static io.opencenter.installer.preflight.CloudFixtures.config;
import static io.opencenter.installer.preflight.CloudFixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.OpenStackGateway.Network;
import io.opencenter.installer.openstack.OpenStackGateway.Port;
import io.opencenter.installer.openstack.OpenStackGateway.Subnet;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.spec.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sandbox default uses nodeCidr 10.20.0.0/24, apiVip 10.20.0.10 and MetalLB 10.20.0.200-10.20.0.220. */
class AddressCollisionCheckTest {
    private static final Network NET = new Network("n1", "demo-network", false, false, "ACTIVE", List.of("s1"), List.of());
    private static final Subnet SUBNET = new Subnet("s1", "demo-subnet", "n1", "10.20.0.0/24", "10.20.0.1", 4);

    private static List<Finding> findings(Port... ports) {
        ReusedNetwork reused = new ReusedNetwork(NET, List.of(SUBNET), List.of(ports));
        return CloudFixtures.check(config(), CloudFixtures.withReused(facts(), reused)).findings();
    }

    private static Port port(String name, String owner, String... ips) {
        return new Port("p-" + name, name, "n1", List.of(ips), owner, null);
    }

    @Test
    void theVipTakenByAForeignPortIsAnError() {
        assertThat(findings(port("someones-vm", "compute:nova", "10.20.0.10"))).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.kubernetes.apiVip");
            assertThat(f.message()).contains("10.20.0.10").contains("someones-vm (p-someones-vm, compute:nova)")
                    .contains("demo-network");
        });
    }

    @Test
    void theClustersOwnVipPortIsNotACollision() {
        assertThat(findings(port("demo-vip", "", "10.20.0.10"), port("demo-control-plane-1", "compute:nova",
                "10.20.0.205"))).isEmpty();
    }

    @Test
    void anAddressInsideTheMetallbPoolIsAnError() {
        assertThat(findings(port("", "network:dhcp", "10.20.0.210"), port("edge", "compute:nova", "10.20.0.221",
                "fd00::1"))).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.network.metallbPool");
            assertThat(f.message()).contains("10.20.0.210").contains("p- (network:dhcp)").doesNotContain("10.20.0.221");
        });
    }

    @Test
    void aSubnetThatIsNotTheNodeCidrIsAWarning() {
        ReusedNetwork reused = new ReusedNetwork(NET, List.of(new Subnet("s2", "x", "n1", "10.30.0.0/24", "10.30.0.1", 4)),
                List.of());
        List<Finding> found = CloudFixtures.check(config(), CloudFixtures.withReused(facts(), reused)).findings();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.isError()).isFalse();
            assertThat(f.path()).isEqualTo("spec.network.nodeCidr");
            assertThat(f.message()).contains("10.30.0.0/24");
        });
    }
}
