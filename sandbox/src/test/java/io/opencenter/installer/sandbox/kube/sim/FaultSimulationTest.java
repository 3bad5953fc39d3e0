package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Injected faults show in the pods as a kubelet or scheduler would show them, keep the workload not ready, and heal. */
@EnableKubernetesMockClient(crud = true)
class FaultSimulationTest {
    private static final String NS = "shop";
    KubernetesClient client;
    private SimBed bed;

    @BeforeEach
    void start() {
        bed = new SimBed(client, Duration.ZERO).threeNodes();
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void crashLoopBackOffKeepsTheDeploymentUnavailableCountsRestartsAndHealsWhenCleared() {
        client.apps().deployments().inNamespace(NS).resource(Workloads.deployment(NS, "cart", 2)).create();
        bed.sim.faults().inject(NS, WorkloadKind.DEPLOYMENT, "cart", Fault.CRASH_LOOP_BACK_OFF);
        bed.tick();

        assertThat(pods()).hasSize(2).allSatisfy(p -> {
            assertThat(p.getStatus().getPhase()).isEqualTo("Running");
            assertThat(WorkloadSimulationTest.ready(p)).isEqualTo("False");
            ContainerStatus c = p.getStatus().getContainerStatuses().get(0);
            assertThat(c.getState().getWaiting().getReason()).isEqualTo("CrashLoopBackOff");
            assertThat(c.getState().getWaiting().getMessage()).startsWith("back-off 5m0s restarting failed container=cart");
            assertThat(c.getLastState().getTerminated().getExitCode()).isEqualTo(1);
            assertThat(c.getRestartCount()).isEqualTo(1);
            assertThat(c.getReady()).isFalse();
        });
        var status = client.apps().deployments().inNamespace(NS).withName("cart").get().getStatus();
        assertThat(status.getReadyReplicas()).isZero();
        assertThat(status.getConditions()).filteredOn(c -> c.getType().equals("Available"))
                .singleElement().satisfies(c -> assertThat(c.getStatus()).isEqualTo("False"));

        bed.clock.advance(Duration.ofMinutes(11));
        bed.tick();
        assertThat(pods().get(0).getStatus().getContainerStatuses().get(0).getRestartCount()).isEqualTo(3);

        bed.sim.faults().clear(NS, WorkloadKind.DEPLOYMENT, "cart");
        bed.tick();
        assertThat(pods()).allSatisfy(p -> assertThat(WorkloadSimulationTest.ready(p)).isEqualTo("True"));
        assertThat(client.apps().deployments().inNamespace(NS).withName("cart").get().getStatus().getReadyReplicas())
                .isEqualTo(2);
    }

    @Test
    void imagePullBackOffSetByAnnotationLeavesTheDaemonSetsPodsPending() {
        var ds = Workloads.daemonSet(NS, "agent", false);
        ds.getMetadata().getAnnotations().put(SimulatorFaults.ANNOTATION, "ImagePullBackOff");
        client.apps().daemonSets().inNamespace(NS).resource(ds).create();
        bed.tick();

        assertThat(pods()).hasSize(2).allSatisfy(p -> {
            assertThat(p.getStatus().getPhase()).isEqualTo("Pending");
            assertThat(p.getSpec().getNodeName()).isNotNull();
            var waiting = p.getStatus().getContainerStatuses().get(0).getState().getWaiting();
            assertThat(waiting.getReason()).isEqualTo("ImagePullBackOff");
            assertThat(waiting.getMessage()).isEqualTo("Back-off pulling image \"registry.example/agent:1.0\"");
        });
        var status = client.apps().daemonSets().inNamespace(NS).withName("agent").get().getStatus();
        assertThat(status.getDesiredNumberScheduled()).isEqualTo(2);
        assertThat(status.getNumberReady()).isZero();
    }

    @Test
    void pendingTakesRunningPodsOffTheirNodesUntilCleared() {
        client.apps().statefulSets().inNamespace(NS).resource(Workloads.statefulSet(NS, "db", 1, "OrderedReady"))
                .create();
        bed.tick();
        assertThat(WorkloadSimulationTest.ready(pods().get(0))).isEqualTo("True");

        bed.sim.faults().inject(NS, WorkloadKind.STATEFUL_SET, "db", Fault.PENDING);
        bed.tick();
        Pod pod = pods().get(0);
        assertThat(pod.getSpec().getNodeName()).isNull();
        assertThat(pod.getStatus().getPhase()).isEqualTo("Pending");
        PodCondition scheduled = pod.getStatus().getConditions().get(0);
        assertThat(List.of(scheduled.getType(), scheduled.getStatus(), scheduled.getReason()))
                .containsExactly("PodScheduled", "False", "Unschedulable");
        assertThat(scheduled.getMessage()).startsWith("0/3 nodes are available: 3 Insufficient cpu.");
        assertThat(client.apps().statefulSets().inNamespace(NS).withName("db").get().getStatus().getReadyReplicas())
                .isZero();

        bed.sim.faults().clear(NS, WorkloadKind.STATEFUL_SET, "db");
        bed.tick();
        assertThat(WorkloadSimulationTest.ready(pods().get(0))).isEqualTo("True");
        assertThat(pods().get(0).getSpec().getNodeName()).startsWith("demo-default-");
    }

    @Test
    void pendingDaemonSetPodsStayPutUnscheduledAndGoBackToTheirOwnNodes() {
        client.apps().daemonSets().inNamespace(NS).resource(Workloads.daemonSet(NS, "agent", false)).create();
        bed.tick();
        List<String> uids = pods().stream().map(p -> p.getMetadata().getUid()).sorted().toList();

        bed.sim.faults().inject(NS, WorkloadKind.DAEMON_SET, "agent", Fault.PENDING);
        bed.ticks(2);
        assertThat(pods()).allSatisfy(p -> assertThat(p.getSpec().getNodeName()).isNull());
        assertThat(pods().stream().map(p -> p.getMetadata().getUid()).sorted().toList())
                .as("the DaemonSet does not replace its unscheduled pods").isEqualTo(uids);
        assertThat(client.apps().daemonSets().inNamespace(NS).withName("agent").get().getStatus().getNumberReady())
                .isZero();

        bed.sim.faults().clear(NS, WorkloadKind.DAEMON_SET, "agent");
        bed.tick();
        assertThat(pods()).extracting(p -> p.getSpec().getNodeName())
                .containsExactlyInAnyOrder("demo-default-1", "demo-default-2");
        assertThat(client.apps().daemonSets().inNamespace(NS).withName("agent").get().getStatus().getNumberReady())
                .isEqualTo(2);
    }

    @Test
    void aBarePodTakesItsOwnFault() {
        client.pods().inNamespace(NS).resource(new PodBuilder().withNewMetadata().withName("debug").withNamespace(NS)
                .endMetadata().withNewSpec().addNewContainer().withName("sh").withImage("busybox").endContainer()
                .endSpec().build()).create();
        bed.sim.faults().inject(NS, WorkloadKind.POD, "debug", Fault.CRASH_LOOP_BACK_OFF);
        bed.tick();
        assertThat(pods().get(0).getStatus().getContainerStatuses().get(0).getState().getWaiting().getReason())
                .isEqualTo("CrashLoopBackOff");
        assertThat(bed.sim.faults().injected()).hasSize(1);
    }

    private List<Pod> pods() {
        return client.pods().inNamespace(NS).list().getItems();
    }
}
