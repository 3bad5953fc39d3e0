package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.opencenter.installer.spec.AddressRange;
import io.opencenter.installer.spec.Cidr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** LoadBalancer Services get their address from the config's MetalLB pool, as MetalLB's controller hands them out. */
@EnableKubernetesMockClient(crud = true)
class LoadBalancerSimulationTest {
    private static final String NS = "edge";
    KubernetesClient client;
    private ClusterSimulator sim;

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void loadBalancersGetTheLowestFreeAddressesOfThePoolOrTheOneTheyAskFor() {
        sim = simulator("10.20.0.200-10.20.0.220");
        create(service("gateway", "LoadBalancer", null));
        create(service("internal", "ClusterIP", null));
        create(service("dns", "LoadBalancer", "10.20.0.210"));
        create(service("outside", "LoadBalancer", "10.99.0.1"));
        sim.tick();
        create(service("second", "LoadBalancer", null));
        sim.tick();

        assertThat(ip("gateway")).isEqualTo("10.20.0.200");
        assertThat(ip("dns")).isEqualTo("10.20.0.210");
        assertThat(ip("second")).isEqualTo("10.20.0.201");
        assertThat(ip("internal")).isNull();
        assertThat(ip("outside")).isNull();
        assertThat(client.v1().events().inNamespace(NS).list().getItems()).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).isEqualTo("Failed to allocate IP for \"edge/outside\": "
                        + "\"10.99.0.1\" is not in the pool 10.20.0.200-10.20.0.220"));
    }

    @Test
    void aPoolWrittenAsACidrWorksAndAnExhaustedPoolLeavesTheServicePendingWithAnEvent() {
        sim = simulator("10.20.0.252/31");
        create(service("a", "LoadBalancer", null));
        create(service("b", "LoadBalancer", null));
        create(service("c", "LoadBalancer", null));
        sim.tick();

        assertThat(List.of(ip("a"), ip("b"))).containsExactly("10.20.0.252", "10.20.0.253");
        assertThat(ip("c")).isNull();
        List<Event> events = client.v1().events().inNamespace(NS).list().getItems();
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.getReason()).isEqualTo("AllocationFailed");
            assertThat(e.getInvolvedObject().getName()).isEqualTo("c");
            assertThat(e.getMessage()).contains("no available IPs");
        });

        client.services().inNamespace(NS).withName("a").delete();
        sim.tick();
        assertThat(ip("c")).isEqualTo("10.20.0.252");
    }

    @Test
    void aServiceThatIsNoLongerALoadBalancerGivesItsAddressBack() {
        sim = simulator("10.20.0.200-10.20.0.201");
        create(service("web", "LoadBalancer", null));
        sim.tick();
        assertThat(ip("web")).isEqualTo("10.20.0.200");

        client.services().inNamespace(NS).withName("web").edit(s -> {
            s.getSpec().setType("ClusterIP");
            return s;
        });
        sim.tick();
        assertThat(ip("web")).isNull();
    }

    private ClusterSimulator simulator(String pool) {
        SimulatedCluster cluster = new SimulatedCluster("demo", "v1.35.4", AddressRange.parse(pool),
                Cidr.parse("10.244.0.0/16"), "10.20.0.10");
        return new ClusterSimulator(client, StubCloud.empty(), cluster,
                new SimulatorOptions(Duration.ZERO, Clock.systemUTC()));
    }

    private static Service service(String name, String type, String requested) {
        ServiceBuilder b = new ServiceBuilder().withNewMetadata().withName(name).withNamespace(NS).endMetadata()
                .withNewSpec().withType(type).addNewPort().withPort(443).endPort().endSpec();
        if (requested != null) {
            b.editMetadata().addToAnnotations("metallb.io/loadBalancerIPs", requested).endMetadata();
        }
        return b.build();
    }

    private void create(Service s) {
        client.services().inNamespace(NS).resource(s).create();
    }

    private String ip(String name) {
        Service s = client.services().inNamespace(NS).withName(name).get();
        if (s.getStatus() == null || s.getStatus().getLoadBalancer() == null
                || s.getStatus().getLoadBalancer().getIngress().isEmpty()) {
            return null;
        }
        return s.getStatus().getLoadBalancer().getIngress().get(0).getIp();
    }
}
