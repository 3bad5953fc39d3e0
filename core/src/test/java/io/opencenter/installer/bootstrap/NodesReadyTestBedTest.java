package io.opencenter.installer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.opencenter.installer.kube.ApplyOptions;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.kube.ObjectRef;
import io.opencenter.installer.kube.client.KubeConnector;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The node wait against the real API server of the test bed, with kwok playing the kubelets: it sees nodes register
 * and turn Ready, and on its timeout names the node that never came.
 */
class NodesReadyTestBedTest {

    private final String prefix = "nr-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    private KubeCluster cluster;

    @BeforeEach
    void connect() {
        String kubeconfig = System.getenv("KUBECONFIG");
        assumeTrue(kubeconfig != null && System.getenv("KUBE_TESTBED_API_URL") != null,
                "test bed not up: run testbed/kube/up.sh");
        cluster = KubeConnector.connect(Path.of(kubeconfig));
    }

    @AfterEach
    void cleanUp() {
        if (cluster != null) {
            for (int i = 1; i <= 3; i++) {
                cluster.delete(ObjectRef.clusterScoped("v1", "Node", prefix + "-" + i));
            }
            cluster.close();
        }
    }

    @Test
    void reportsEachNodeReadyAndNamesTheOneThatNeverRegistered() {
        for (int i = 1; i <= 2; i++) {
            cluster.apply(kwokNode(prefix + "-" + i), ApplyOptions.DEFAULT);
        }
        List<NodeProgress> seen = new CopyOnWriteArrayList<>();
        List<String> expected = List.of(prefix + "-1", prefix + "-2", prefix + "-3");

        NodesReady.Outcome outcome = new NodesReady(cluster, Clock.systemUTC(), Duration.ofMillis(200),
                NodeEta.CLOUD).await(expected, Duration.ofSeconds(20), () -> false, seen::add);

        assertThat(outcome.allReady()).isFalse();
        assertThat(outcome.cancelled()).isFalse();
        assertThat(outcome.notReady()).containsExactly(prefix + "-3");
        assertThat(seen).filteredOn(p -> p.state() == NodeState.READY).extracting(NodeProgress::name)
                .containsExactlyInAnyOrder(prefix + "-1", prefix + "-2");
        assertThat(seen).allMatch(p -> p.total() == 3);
        assertThat(seen.get(seen.size() - 1).ready()).isEqualTo(2);
    }

    @Test
    void endsWhenEveryExpectedNodeIsReady() {
        cluster.apply(kwokNode(prefix + "-1"), ApplyOptions.DEFAULT);
        NodesReady.Outcome outcome = new NodesReady(cluster, Clock.systemUTC(), Duration.ofMillis(200),
                NodeEta.CLOUD).await(List.of(prefix + "-1"), Duration.ofSeconds(60), () -> false, p -> { });
        assertThat(outcome.allReady()).isTrue();
        assertThat(outcome.notReady()).isEmpty();
    }

    @Test
    void stopsWhenCancelled() {
        NodesReady.Outcome outcome = new NodesReady(cluster, Clock.systemUTC(), Duration.ofMillis(50),
                NodeEta.CLOUD).await(List.of(prefix + "-1"), Duration.ofMinutes(5), () -> true, p -> { });
        assertThat(outcome.cancelled()).isTrue();
        assertThat(outcome.states()).containsEntry(prefix + "-1", NodeState.WAITING);
    }

    /** A node kwok plays (it manages only nodes with its annotation). */
    private static Manifest kwokNode(String name) {
        return Manifest.parse("""
                apiVersion: v1
                kind: Node
                metadata:
                  name: %s
                  annotations: {kwok.x-k8s.io/node: fake}
                  labels: {kubernetes.io/hostname: %s, type: kwok}
                """.formatted(name, name));
    }
}
