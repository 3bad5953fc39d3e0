package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.opencenter.installer.spec.ClusterConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The loop: a converged cluster is left untouched, the simulator keeps no state of its own, start and close. */
@EnableKubernetesMockClient(crud = true)
class ClusterSimulatorTest {
    private static final String NS = "all";
    KubernetesClient client;
    KubernetesMockServer server;
    private SimBed bed;

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void aTickOnAConvergedClusterChangesNothing() {
        bed = new SimBed(client, Duration.ZERO).threeNodes();
        new FluxObjects(client).installCrds().create(FluxObjects.SOURCE, "v1", "GitRepository", "flux-system", "p",
                Map.of("url", "ssh://git.example/p"));
        client.storage().v1().storageClasses().resource(new StorageClassBuilder().withNewMetadata().withName("cinder")
                .addToAnnotations("storageclass.kubernetes.io/is-default-class", "true").endMetadata()
                .withProvisioner("cinder.csi.openstack.org").build()).create();
        var sts = Workloads.statefulSet(NS, "db", 2, "OrderedReady");
        sts.getSpec().getVolumeClaimTemplates().add(new PersistentVolumeClaimBuilder().withNewMetadata()
                .withName("data").endMetadata().withNewSpec().withNewResources()
                .addToRequests("storage", new Quantity("1Gi")).endResources().endSpec().build());
        client.apps().statefulSets().inNamespace(NS).resource(sts).create();
        client.apps().deployments().inNamespace(NS).resource(Workloads.deployment(NS, "web", 2)).create();
        client.apps().deployments().inNamespace(NS).resource(Workloads.deployment(NS, "broken", 1)).create();
        client.apps().daemonSets().inNamespace(NS).resource(Workloads.daemonSet(NS, "agent", true)).create();
        client.services().inNamespace(NS).resource(new ServiceBuilder().withNewMetadata().withName("web").endMetadata()
                .withNewSpec().withType("LoadBalancer").addNewPort().withPort(80).endPort().endSpec().build()).create();
        bed.sim.faults().inject(NS, WorkloadKind.DEPLOYMENT, "broken", Fault.IMAGE_PULL_BACK_OFF);
        bed.ticks(4);
        assertThat(client.apps().statefulSets().inNamespace(NS).withName("db").get().getStatus().getReadyReplicas())
                .as("converged").isEqualTo(2);

        Map<String, String> before = bed.versions();
        String flux = client.genericKubernetesResources("source.toolkit.fluxcd.io/v1", "GitRepository")
                .inNamespace("flux-system").withName("p").get().getMetadata().getResourceVersion();
        bed.clock.advance(Duration.ofSeconds(30));
        drainRequests();
        bed.tick();

        assertThat(drainRequests()).as("a converged tick only reads").isNotEmpty().allMatch(r -> r.startsWith("GET "));
        assertThat(bed.versions()).isEqualTo(before).hasSizeGreaterThan(20);
        assertThat(client.genericKubernetesResources("source.toolkit.fluxcd.io/v1", "GitRepository")
                .inNamespace("flux-system").withName("p").get().getMetadata().getResourceVersion()).isEqualTo(flux);
    }

    @Test
    void aNewSimulatorCarriesOnFromWhatTheApiServerHolds() {
        bed = new SimBed(client, Duration.ofSeconds(10));
        bed.boot("demo-default-1");
        bed.tick();
        bed.clock.advance(Duration.ofSeconds(10));

        ClusterSimulator another = new ClusterSimulator(client, bed.cloud.clusterCloud(),
                ClusterConfigs.sandboxDefault(), new SimulatorOptions(Duration.ofSeconds(10), bed.clock));
        another.tick();
        assertThat(NodeController.isReady(client.nodes().withName("demo-default-1").get())).isTrue();
    }

    @Test
    void startTicksInTheBackgroundUntilClosed() throws InterruptedException {
        bed = new SimBed(client, Duration.ZERO);
        bed.boot("demo-default-1");
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            bed.sim.start(executor, Duration.ofMillis(50));
            assertThatThrownBy(() -> bed.sim.start(executor, Duration.ofMillis(50)))
                    .isInstanceOf(IllegalStateException.class);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && !readyNode()) {
                Thread.sleep(50);
            }
            assertThat(readyNode()).isTrue();
            bed.sim.close();

            client.apps().deployments().inNamespace(NS).resource(Workloads.deployment(NS, "late", 1)).create();
            Thread.sleep(500);
            assertThat(client.apps().replicaSets().inNamespace(NS).list().getItems()).as("no tick after close")
                    .isEmpty();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aFailingStepDoesNotStopTheOthersAndTheTickReportsIt() {
        bed = new SimBed(client, Duration.ZERO);
        ClusterSimulator broken = new ClusterSimulator(client, new StubCloud(cluster -> {
            throw new IllegalStateException("the cloud is unreachable");
        }, bed.cloud.clusterCloud()),
                ClusterConfigs.sandboxDefault(), new SimulatorOptions(Duration.ZERO, bed.clock));
        client.services().inNamespace(NS).resource(new ServiceBuilder().withNewMetadata().withName("web").endMetadata()
                .withNewSpec().withType("LoadBalancer").endSpec().build()).create();

        assertThatThrownBy(broken::tick).hasMessage("the cloud is unreachable");
        assertThat(client.services().inNamespace(NS).withName("web").get().getStatus().getLoadBalancer().getIngress())
                .hasSize(1);
    }

    /** The requests the mock server has seen since the last call, as "METHOD path". */
    private List<String> drainRequests() {
        List<String> seen = new java.util.ArrayList<>();
        try {
            for (var r = server.takeRequest(100, TimeUnit.MILLISECONDS); r != null;
                 r = server.takeRequest(100, TimeUnit.MILLISECONDS)) {
                seen.add(r.getMethod() + " " + r.getPath());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return seen;
    }

    private boolean readyNode() {
        var node = client.nodes().withName("demo-default-1").get();
        return node != null && NodeController.isReady(node);
    }
}
