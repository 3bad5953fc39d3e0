package io.opencenter.installer.kube.client;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.opencenter.installer.kube.KubeCluster;

import java.nio.file.Path;

/**
 * Opens a {@link KubeCluster} from a kubeconfig file: reads it under {@link KubeconfigFile}'s rules, builds a fabric8
 * client on the JDK's HTTP client, and proves the connection with one {@code GET /version} before returning, so
 * that a wrong CA, a dead server or a refused certificate is reported here, naming the kubeconfig and the server,
 * instead of at the first real call.
 */
public final class KubeConnector {

    private static final int RETRIES = 3;

    private KubeConnector() {
    }

    /** With the kubeconfig's current context. */
    public static KubeCluster connect(Path kubeconfig) {
        return connect(kubeconfig, null);
    }

    /** With the named context (null: the current one). */
    public static KubeCluster connect(Path kubeconfig, String context) {
        KubeconfigFile file = KubeconfigFile.read(kubeconfig, context);
        probe(file);
        // fabric8 retries every 5xx and I/O failure 10 times with doubling backoff from 100 ms: ~20 s before an error
        // surfaces, also for the 500 a schema-violating server-side apply gets (see KubeErrors). The phases above
        // resume and retry on their own terms, so a short burst (100, 200, 400 ms) is enough here.
        file.config().setRequestRetryBackoffLimit(RETRIES);
        KubernetesClient client = client(file.config());
        return new Fabric8Cluster(client, file.server());
    }

    /**
     * One {@code GET /version} without retries: fabric8 retries every I/O failure with backoff (up to 10 times), a
     * certificate failure included, which would only delay the answer.
     */
    private static void probe(KubeconfigFile file) {
        Config config = file.config();
        int retries = config.getRequestRetryBackoffLimit();
        config.setRequestRetryBackoffLimit(0);
        try (KubernetesClient client = client(config)) {
            client.getKubernetesVersion();
        } catch (RuntimeException e) {
            throw KubeErrors.map(e, "connecting with " + file.where());
        } finally {
            config.setRequestRetryBackoffLimit(retries);
        }
    }

    private static KubernetesClient client(Config config) {
        // the JDK client by name, not by ServiceLoader: the choice must not depend on what else is on the class path
        return new KubernetesClientBuilder().withConfig(config).withHttpClientFactory(new JdkHttpClientFactory())
                .build();
    }
}
