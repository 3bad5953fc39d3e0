package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeAddress;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openstack4j.model.compute.Action;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Nodes follow the sandbox cloud's servers: one per ACTIVE server of the cluster, Ready after the delay, gone with it. */
@EnableKubernetesMockClient(crud = true)
class NodeSimulationTest {
    KubernetesClient client;
    private SimBed bed;

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void aNodePerActiveServerOfTheClusterWithItsRoleAddressProviderAndVersion() {
        bed = new SimBed(client, Duration.ofSeconds(10));
        String cp = bed.boot("demo-control-plane-1");
        String worker = bed.boot("demo-default-1");
        bed.bootTagged("other", "other-default-1");
        bed.tick();

        assertThat(client.nodes().list().getItems()).extracting(n -> n.getMetadata().getName())
                .containsExactlyInAnyOrder("demo-control-plane-1", "demo-default-1");
        Node control = client.nodes().withName("demo-control-plane-1").get();
        Node work = client.nodes().withName("demo-default-1").get();
        assertThat(control.getMetadata().getLabels()).containsKey("node-role.kubernetes.io/control-plane")
                .containsEntry("kubernetes.io/hostname", "demo-control-plane-1")
                .containsEntry("node.kubernetes.io/instance-type", "m1.medium");
        assertThat(work.getMetadata().getLabels()).doesNotContainKey("node-role.kubernetes.io/control-plane");
        assertThat(control.getSpec().getTaints()).extracting(Taint::getKey)
                .contains("node-role.kubernetes.io/control-plane");
        assertThat(work.getSpec().getTaints()).extracting(Taint::getKey)
                .doesNotContain("node-role.kubernetes.io/control-plane");
        assertThat(control.getSpec().getProviderID()).isEqualTo("openstack:///" + cp);
        assertThat(work.getSpec().getProviderID()).isEqualTo("openstack:///" + worker);
        String fixedIp = bed.os.compute().servers().get(cp).getAddresses().getAddresses().values().iterator().next()
                .get(0).getAddr();
        assertThat(control.getStatus().getAddresses()).contains(new NodeAddress(fixedIp, "InternalIP"));
        assertThat(fixedIp).startsWith("10.20.0.");
        assertThat(control.getStatus().getNodeInfo().getKubeletVersion()).isEqualTo("v1.35.4");
        assertThat(control.getStatus().getCapacity().get("cpu").getAmount()).isEqualTo("2");
        assertThat(control.getSpec().getPodCIDR()).isNotEqualTo(work.getSpec().getPodCIDR()).endsWith("/24")
                .startsWith("10.244.");
    }

    @Test
    void nodesRegisterNotReadyAndTurnReadyOnceTheDelayHasPassed() {
        bed = new SimBed(client, Duration.ofSeconds(10));
        bed.boot("demo-default-1");
        bed.tick();
        assertThat(ready("demo-default-1")).isEqualTo("False");
        assertThat(client.nodes().withName("demo-default-1").get().getSpec().getTaints()).extracting(Taint::getKey)
                .contains("node.kubernetes.io/not-ready");

        bed.clock.advance(Duration.ofSeconds(9));
        bed.tick();
        assertThat(ready("demo-default-1")).isEqualTo("False");

        bed.clock.advance(Duration.ofSeconds(1));
        bed.tick();
        assertThat(ready("demo-default-1")).isEqualTo("True");
        assertThat(client.nodes().withName("demo-default-1").get().getSpec().getTaints()).extracting(Taint::getKey)
                .doesNotContain("node.kubernetes.io/not-ready");
    }

    @Test
    void aServerStillBuildingHasNoNodeYet() {
        bed = new SimBed(client, Duration.ZERO);
        bed.cloud.behaviour().serverActiveDelay(Duration.ofSeconds(30));
        bed.boot("demo-default-1");
        bed.tick();
        assertThat(client.nodes().list().getItems()).isEmpty();

        bed.clock.advance(Duration.ofSeconds(30));
        bed.tick();
        assertThat(client.nodes().withName("demo-default-1").get()).isNotNull();
    }

    @Test
    void aStoppedServersNodeIsUnknownAndADeletedServersNodeDisappears() {
        bed = new SimBed(client, Duration.ZERO);
        String stopped = bed.boot("demo-default-1");
        String deleted = bed.boot("demo-default-2");
        bed.ticks(2);
        assertThat(ready("demo-default-1")).isEqualTo("True");

        bed.os.compute().servers().action(stopped, Action.STOP);
        bed.os.compute().servers().delete(deleted);
        bed.tick();

        assertThat(ready("demo-default-1")).isEqualTo("Unknown");
        assertThat(client.nodes().withName("demo-default-2").get()).isNull();
        assertThat(client.nodes().list().getItems()).hasSize(1);
    }

    private String ready(String node) {
        List<io.fabric8.kubernetes.api.model.NodeCondition> conditions = client.nodes().withName(node).get()
                .getStatus().getConditions();
        return conditions.stream().filter(c -> c.getType().equals("Ready")).findFirst().orElseThrow().getStatus();
    }
}
