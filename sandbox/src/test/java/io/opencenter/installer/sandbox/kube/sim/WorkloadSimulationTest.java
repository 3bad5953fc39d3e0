package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.opencenter.installer.spec.Cidr;
import io.opencenter.installer.spec.Ipv4;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Deployments, DaemonSets and StatefulSets become running pods on Ready nodes, and report it in their status. */
@EnableKubernetesMockClient(crud = true)
class WorkloadSimulationTest {
    private static final String NS = "apps";
    KubernetesClient client;
    private SimBed bed;

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void aDeploymentRunsItsReplicasThroughAReplicaSetOnTheWorkersAndSaysSo() {
        bed = new SimBed(client, Duration.ZERO).threeNodes();
        client.apps().deployments().inNamespace(NS).resource(Workloads.deployment(NS, "web", 3)).create();
        bed.tick();

        List<ReplicaSet> sets = client.apps().replicaSets().inNamespace(NS).list().getItems();
        assertThat(sets).hasSize(1);
        ReplicaSet rs = sets.get(0);
        String hash = rs.getMetadata().getLabels().get("pod-template-hash");
        assertThat(rs.getMetadata().getName()).isEqualTo("web-" + hash);
        assertThat(rs.getMetadata().getOwnerReferences().get(0).getName()).isEqualTo("web");
        assertThat(rs.getStatus().getReadyReplicas()).isEqualTo(3);

        List<Pod> pods = client.pods().inNamespace(NS).list().getItems();
        assertThat(pods).hasSize(3).allSatisfy(p -> {
            assertThat(p.getMetadata().getName()).startsWith("web-" + hash + "-");
            assertThat(p.getStatus().getPhase()).isEqualTo("Running");
            assertThat(ready(p)).isEqualTo("True");
            assertThat(p.getSpec().getNodeName()).startsWith("demo-default-");
            String podCidr = client.nodes().withName(p.getSpec().getNodeName()).get().getSpec().getPodCIDR();
            assertThat(Cidr.parse(podCidr).contains(Ipv4.parse(p.getStatus().getPodIP()))).isTrue();
            assertThat(p.getStatus().getContainerStatuses().get(0).getState().getRunning()).isNotNull();
        });
        assertThat(pods).extracting(p -> p.getStatus().getPodIP()).doesNotHaveDuplicates();
        assertThat(pods).extracting(p -> p.getSpec().getNodeName())
                .contains("demo-default-1", "demo-default-2");

        Deployment d = client.apps().deployments().inNamespace(NS).withName("web").get();
        assertThat(d.getStatus().getReadyReplicas()).isEqualTo(3);
        assertThat(d.getStatus().getAvailableReplicas()).isEqualTo(3);
        assertThat(d.getStatus().getUpdatedReplicas()).isEqualTo(3);
        assertThat(d.getStatus().getObservedGeneration()).isEqualTo(d.getMetadata().getGeneration());
        assertThat(condition(d, "Available").getStatus()).isEqualTo("True");
        assertThat(condition(d, "Progressing").getReason()).isEqualTo("NewReplicaSetAvailable");
    }

    @Test
    void scalingAndANewTemplateMoveThePodsAndTheObservedGeneration() {
        bed = new SimBed(client, Duration.ZERO).threeNodes();
        client.apps().deployments().inNamespace(NS).resource(Workloads.deployment(NS, "web", 3)).create();
        bed.tick();
        String firstHash = client.apps().replicaSets().inNamespace(NS).list().getItems().get(0).getMetadata()
                .getLabels().get("pod-template-hash");

        client.apps().deployments().inNamespace(NS).withName("web").edit(d -> {
            d.getSpec().setReplicas(1);
            d.getSpec().getTemplate().getSpec().getContainers().get(0).setImage("registry.example/web:2.0");
            return d;
        });
        bed.ticks(2);

        Deployment d = client.apps().deployments().inNamespace(NS).withName("web").get();
        assertThat(d.getMetadata().getGeneration()).isGreaterThan(1L);
        assertThat(d.getStatus().getObservedGeneration()).isEqualTo(d.getMetadata().getGeneration());
        assertThat(d.getStatus().getReplicas()).isEqualTo(1);
        List<Pod> pods = client.pods().inNamespace(NS).list().getItems();
        assertThat(pods).hasSize(1);
        assertThat(pods.get(0).getSpec().getContainers().get(0).getImage()).isEqualTo("registry.example/web:2.0");
        assertThat(pods.get(0).getMetadata().getLabels().get("pod-template-hash")).isNotEqualTo(firstHash);
        assertThat(client.apps().replicaSets().inNamespace(NS).list().getItems())
                .extracting(rs -> rs.getMetadata().getLabels().get("pod-template-hash"), rs -> rs.getSpec().getReplicas())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(firstHash, 0),
                        org.assertj.core.groups.Tuple.tuple(pods.get(0).getMetadata().getLabels()
                                .get("pod-template-hash"), 1));
    }

    @Test
    void aDaemonSetRunsAPodOnEveryNodeItFits() {
        bed = new SimBed(client, Duration.ZERO).threeNodes();
        client.apps().daemonSets().inNamespace(NS).resource(Workloads.daemonSet(NS, "cni", true)).create();
        client.apps().daemonSets().inNamespace(NS).resource(Workloads.daemonSet(NS, "agent", false)).create();
        var picky = Workloads.daemonSet(NS, "picky", true);
        picky.getSpec().getTemplate().getSpec().setNodeSelector(Map.of("kubernetes.io/hostname", "demo-default-2"));
        client.apps().daemonSets().inNamespace(NS).resource(picky).create();
        bed.tick();

        assertThat(nodesOf("cni")).containsExactlyInAnyOrder("demo-control-plane-1", "demo-default-1",
                "demo-default-2");
        assertThat(nodesOf("agent")).containsExactlyInAnyOrder("demo-default-1", "demo-default-2");
        assertThat(nodesOf("picky")).containsExactly("demo-default-2");
        var cni = client.apps().daemonSets().inNamespace(NS).withName("cni").get().getStatus();
        assertThat(cni.getDesiredNumberScheduled()).isEqualTo(3);
        assertThat(cni.getNumberReady()).isEqualTo(3);
        assertThat(cni.getObservedGeneration()).isEqualTo(1L);
        assertThat(client.apps().daemonSets().inNamespace(NS).withName("agent").get().getStatus()
                .getDesiredNumberScheduled()).isEqualTo(2);

        bed.boot("demo-default-3");
        bed.ticks(2);
        assertThat(nodesOf("agent")).contains("demo-default-3").hasSize(3);
    }

    @Test
    void aStatefulSetStartsItsPodsInOrderOneReadyBeforeTheNextUnlessParallel() {
        bed = new SimBed(client, Duration.ZERO).threeNodes();
        client.apps().statefulSets().inNamespace(NS).resource(Workloads.statefulSet(NS, "db", 3, "OrderedReady"))
                .create();
        client.apps().statefulSets().inNamespace(NS).resource(Workloads.statefulSet(NS, "cache", 3, "Parallel"))
                .create();
        bed.tick();
        assertThat(podNames("db")).containsExactly("db-0");
        assertThat(podNames("cache")).containsExactlyInAnyOrder("cache-0", "cache-1", "cache-2");

        bed.tick();
        assertThat(podNames("db")).containsExactlyInAnyOrder("db-0", "db-1");
        bed.tick();
        assertThat(podNames("db")).containsExactlyInAnyOrder("db-0", "db-1", "db-2");
        var status = client.apps().statefulSets().inNamespace(NS).withName("db").get().getStatus();
        assertThat(status.getReadyReplicas()).isEqualTo(3);
        assertThat(status.getObservedGeneration()).isEqualTo(1L);
        assertThat(client.pods().inNamespace(NS).withName("db-1").get().getSpec().getHostname()).isEqualTo("db-1");

        client.apps().statefulSets().inNamespace(NS).withName("db").scale(1);
        bed.tick();
        assertThat(podNames("db")).containsExactly("db-0");
    }

    @Test
    void podsWaitUnscheduledUntilANodeIsReady() {
        bed = new SimBed(client, Duration.ofSeconds(60));
        bed.boot("demo-default-1");
        bed.tick();
        client.apps().deployments().inNamespace(NS).resource(Workloads.deployment(NS, "web", 1)).create();
        bed.tick();

        Pod pending = client.pods().inNamespace(NS).list().getItems().get(0);
        assertThat(pending.getSpec().getNodeName()).isNull();
        PodCondition scheduled = pending.getStatus().getConditions().get(0);
        assertThat(scheduled.getType()).isEqualTo("PodScheduled");
        assertThat(scheduled.getStatus()).isEqualTo("False");
        assertThat(scheduled.getReason()).isEqualTo("Unschedulable");
        assertThat(scheduled.getMessage()).isEqualTo("0/1 nodes are available: 1 node(s) had untolerated taint "
                + "{node.kubernetes.io/not-ready: }.");
        assertThat(client.apps().deployments().inNamespace(NS).withName("web").get().getStatus()
                .getReadyReplicas()).isZero();

        bed.clock.advance(Duration.ofSeconds(60));
        bed.tick();
        Pod running = client.pods().inNamespace(NS).list().getItems().get(0);
        assertThat(running.getSpec().getNodeName()).isEqualTo("demo-default-1");
        assertThat(ready(running)).isEqualTo("True");
    }

    @Test
    void whatLosesItsOwnerOrItsNodeIsCollected() {
        bed = new SimBed(client, Duration.ZERO).threeNodes();
        client.apps().deployments().inNamespace(NS).resource(Workloads.deployment(NS, "web", 2)).create();
        client.apps().daemonSets().inNamespace(NS).resource(Workloads.daemonSet(NS, "agent", false)).create();
        bed.tick();
        assertThat(client.pods().inNamespace(NS).list().getItems()).hasSize(4);

        client.apps().deployments().inNamespace(NS).withName("web").delete();
        String gone = client.nodes().withName("demo-default-2").get().getSpec().getProviderID()
                .substring("openstack:///".length());
        bed.os.compute().servers().delete(gone);
        bed.tick();

        assertThat(client.apps().replicaSets().inNamespace(NS).list().getItems()).isEmpty();
        assertThat(nodesOf("agent")).containsExactly("demo-default-1");
        assertThat(client.pods().inNamespace(NS).list().getItems()).hasSize(1);
    }

    private List<String> nodesOf(String app) {
        return client.pods().inNamespace(NS).withLabel("app", app).list().getItems().stream()
                .map(p -> p.getSpec().getNodeName()).toList();
    }

    private List<String> podNames(String app) {
        return client.pods().inNamespace(NS).withLabel("app", app).list().getItems().stream()
                .map(p -> p.getMetadata().getName()).toList();
    }

    static String ready(Pod pod) {
        return pod.getStatus().getConditions().stream().filter(c -> c.getType().equals("Ready")).findFirst()
                .map(PodCondition::getStatus).orElse("none");
    }

    private static DeploymentCondition condition(Deployment d, String type) {
        return d.getStatus().getConditions().stream().filter(c -> c.getType().equals(type)).findFirst().orElseThrow();
    }
}
