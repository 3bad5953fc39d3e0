package io.opencenter.installer.kube.contract;

import io.opencenter.installer.kube.ApplyOptions;
import io.opencenter.installer.kube.ConditionWait;
import io.opencenter.installer.kube.KubeEvent;
import io.opencenter.installer.kube.Kubeconfigs;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.kube.ObjectRef;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The contract against the real Kubernetes of {@code testbed/kube} (etcd, kube-apiserver 1.35.4, controller manager,
 * scheduler on 127.0.0.1): runs when {@code testbed/kube/up.sh} has exported {@code KUBECONFIG} and
 * {@code KUBE_TESTBED_API_URL} (.ci/run does), and is skipped otherwise. Besides the contract, it checks what only a
 * real control plane does: a controller's own conditions and events.
 */
class KubeTestBedContractTest extends KubeContract {

    private static final String SKIPPED = "test bed not up: run testbed/kube/up.sh";

    /**
     * The test bed's kubeconfig; a JUnit assumption (each test reported skipped, with the reason) when the test bed
     * is not up. Checked here, where the superclass's set-up first asks for it.
     */
    @Override
    protected Path kubeconfig() {
        String kubeconfig = System.getenv("KUBECONFIG");
        String api = System.getenv("KUBE_TESTBED_API_URL");
        assumeTrue(kubeconfig != null && !kubeconfig.isBlank() && api != null && !api.isBlank(),
                SKIPPED + " (KUBECONFIG and KUBE_TESTBED_API_URL are not both set)");
        Path file = Path.of(kubeconfig);
        assumeTrue(Files.isRegularFile(file), SKIPPED + " (KUBECONFIG " + kubeconfig + " is not a file)");
        // the suite talks to loopback only: the test bed's server, by address, is the one the kubeconfig names
        assertThat(Kubeconfigs.server(file)).isEqualTo(api);
        assertThat(isLoopbackAddress(URI.create(api).getHost())).as("the test bed's API server %s is on loopback", api)
                .isTrue();
        return file;
    }

    private static boolean isLoopbackAddress(String host) {
        try {
            // a literal address: no lookup leaves the machine
            return host.matches("[0-9.]+") && InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    @Test
    void theServerIsTheTestBedsVersion() {
        assertThat(cluster.serverVersion()).isEqualTo("v1.35.4");
    }

    /**
     * A real controller's verdict: the deployment controller sets Progressing (with status.observedGeneration) and
     * reports a ScalingReplicaSet event, with or without nodes to run the pods on.
     */
    @Test
    void theDeploymentControllersConditionAndEvents() throws Exception {
        ObjectRef web = cluster.apply(Manifest.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: %s}
                spec:
                  replicas: 1
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers: [{name: web, image: registry.invalid/web:1}]
                """.formatted(namespace)), ApplyOptions.DEFAULT).ref();

        ConditionWait progressing = cluster.waitFor(web, "Progressing", PATIENCE).orThrow();
        assertThat(progressing.last().reason()).isIn("NewReplicaSetCreated", "ReplicaSetUpdated",
                "NewReplicaSetAvailable");

        List<KubeEvent> events = List.of();
        for (long end = System.nanoTime() + PATIENCE.toNanos(); events.isEmpty() && System.nanoTime() < end; ) {
            events = cluster.events(web);
            Thread.sleep(200);
        }
        assertThat(events).anySatisfy(e -> {
            assertThat(e.reason()).isEqualTo("ScalingReplicaSet");
            assertThat(e.reporter()).isEqualTo("deployment-controller");
            assertThat(e.regarding()).isEqualTo(web);
        });
    }
}
