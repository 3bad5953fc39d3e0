package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.opencenter.installer.provision.ResourceNames;
import io.opencenter.installer.sandbox.ManualClock;
import io.opencenter.installer.sandbox.SandboxClients;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.spec.ClusterConfigs;
import org.openstack4j.api.Builders;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.network.IPVersionType;
import org.openstack4j.model.network.Network;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A simulated cluster for the simulator's tests: a sandbox cloud on a clock the test moves, the cluster's network
 * (10.20.0.0/24, as the sandbox default config), servers booted into it with the cluster tag, and a simulator for
 * the sandbox default config ({@code demo}: pool 10.20.0.200-10.20.0.220, pods 10.244.0.0/16, Kubernetes 1.35.4)
 * on the given (mock) API server.
 */
final class SimBed implements AutoCloseable {
    static final String CLUSTER = "demo";

    final ManualClock clock = new ManualClock();
    final SandboxCloud cloud;
    final OSClientV3 os;
    final ClusterSimulator sim;
    final KubernetesClient kube;
    private final String networkId;
    private final String imageId;

    SimBed(KubernetesClient kube, Duration nodeReadyDelay) {
        this.kube = kube;
        cloud = SandboxCloud.start(SandboxOptions.builder().clock(clock).serverActiveDelay(Duration.ZERO)
                .volumeAvailableDelay(Duration.ZERO).build());
        os = SandboxClients.demo(cloud);
        Network net = os.networking().network().create(Builders.network().name(CLUSTER + "-network").build());
        os.networking().subnet().create(Builders.subnet().name(CLUSTER + "-subnet").networkId(net.getId())
                .cidr("10.20.0.0/24").ipVersion(IPVersionType.V4).build());
        networkId = net.getId();
        imageId = os.imagesV2().list(Map.of("name", "ubuntu-24.04")).get(0).getId();
        sim = new ClusterSimulator(kube, cloud.clusterCloud(), ClusterConfigs.sandboxDefault(),
                new SimulatorOptions(nodeReadyDelay, clock));
    }

    /** Boots servers of the cluster (tagged, on its network, flavor m1.medium); returns the last one's id. */
    String boot(String... names) {
        return bootTagged(CLUSTER, names);
    }

    String bootTagged(String cluster, String... names) {
        String id = null;
        for (String name : names) {
            id = os.compute().servers().boot(Builders.server().name(name).flavor("3").image(imageId)
                    .networks(List.of(networkId)).addMetadataItem(ResourceNames.CLUSTER_TAG_KEY, cluster).build())
                    .getId();
        }
        return id;
    }

    /** A control plane and two workers, their Nodes Ready (needs a zero node-ready delay). */
    SimBed threeNodes() {
        boot(CLUSTER + "-control-plane-1", CLUSTER + "-default-1", CLUSTER + "-default-2");
        ticks(2);
        return this;
    }

    void tick() {
        sim.tick();
    }

    void ticks(int n) {
        for (int i = 0; i < n; i++) {
            sim.tick();
        }
    }

    /** Every object's resourceVersion by kind/namespace/name: what a tick that changed nothing leaves equal. */
    Map<String, String> versions() {
        Map<String, String> all = new TreeMap<>();
        Stream.of(kube.nodes().list().getItems(), kube.pods().inAnyNamespace().list().getItems(),
                        kube.apps().deployments().inAnyNamespace().list().getItems(),
                        kube.apps().replicaSets().inAnyNamespace().list().getItems(),
                        kube.apps().daemonSets().inAnyNamespace().list().getItems(),
                        kube.apps().statefulSets().inAnyNamespace().list().getItems(),
                        kube.services().inAnyNamespace().list().getItems(),
                        kube.persistentVolumeClaims().inAnyNamespace().list().getItems(),
                        kube.persistentVolumes().list().getItems(),
                        kube.v1().events().inAnyNamespace().list().getItems())
                .flatMap(List::stream).forEach((HasMetadata o) -> all.put(o.getKind() + "/"
                        + o.getMetadata().getNamespace() + "/" + o.getMetadata().getName(),
                        o.getMetadata().getResourceVersion()));
        return all;
    }

    @Override
    public void close() {
        sim.close();
        cloud.close();
    }
}
