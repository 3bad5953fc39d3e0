package io.opencenter.installer.kube.client;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.opencenter.installer.kube.ApiEndpointMap;
import io.opencenter.installer.kube.KubeCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Opens a {@link KubeCluster} from a kubeconfig file: reads it under {@link KubeconfigFile}'s rules, builds a fabric8
 * client on the JDK's HTTP client, and proves the connection with one {@code GET /version} before returning, so
 * that a wrong CA, a dead server or a refused certificate is reported here, naming the kubeconfig and the server,
 * instead of at the first real call.
 *
 * <p>An {@link ApiEndpointMap} moves only the connection (the floating IP of a cluster whose API server runs on this
 * machine, in the sandbox and in tests): the kubeconfig on disk and {@link KubeCluster#server()} keep the real
 * endpoint, TLS stays verified, and the mapping is logged on every connect.
 */
public final class KubeConnector {

    private static final Logger LOG = LoggerFactory.getLogger(KubeConnector.class);
    private static final int RETRIES = 3;

    private KubeConnector() {
    }

    /** With the kubeconfig's current context. */
    public static KubeCluster connect(Path kubeconfig) {
        return connect(kubeconfig, null);
    }

    /**
     * With the named context (null: the current one), and the endpoint map of the environment
     * ({@value ApiEndpointMap#ENV}; none when unset).
     */
    public static KubeCluster connect(Path kubeconfig, String context) {
        return connect(kubeconfig, context, ApiEndpointMap.fromEnvironment());
    }

    /**
     * With the named context (null: the current one), dialling the kubeconfig's server where {@code endpoints} maps
     * it (only the in-memory client config changes; nothing is written).
     */
    public static KubeCluster connect(Path kubeconfig, String context, ApiEndpointMap endpoints) {
        KubeconfigFile file = KubeconfigFile.read(kubeconfig, context);
        String where = file.where();
        String dialed = endpoints.dialed(file.server()).orElse(null);
        if (dialed != null) {
            file.config().setMasterUrl(dialed);
            where += " dialled at " + dialed + " (" + endpoints.source() + ")";
            LOG.info("API server {} of kubeconfig {} (context \"{}\") is dialled at {}, as {} maps it; the "
                    + "kubeconfig keeps the real endpoint", file.server(), file.path(), file.context(), dialed,
                    endpoints.source());
        }
        probe(file, where);
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
    private static void probe(KubeconfigFile file, String where) {
        Config config = file.config();
        int retries = config.getRequestRetryBackoffLimit();
        config.setRequestRetryBackoffLimit(0);
        try (KubernetesClient client = client(config)) {
            client.getKubernetesVersion();
        } catch (RuntimeException e) {
            throw KubeErrors.map(e, "connecting with " + where);
        } finally {
            config.setRequestRetryBackoffLimit(retries);
        }
    }

    /**
     * fabric8's own client for a kubeconfig, for the sandbox's simulator, which plays controllers in fabric8's terms.
     * The installer's phases use {@link #connect}.
     */
    public static KubernetesClient fabric8(Path kubeconfig) {
        return client(KubeconfigFile.read(kubeconfig, null).config());
    }

    private static KubernetesClient client(Config config) {
        // the JDK client by name, not by ServiceLoader: the choice must not depend on what else is on the class path;
        // built through the installer's one client factory (net.HttpClients), which guards it under test
        return new KubernetesClientBuilder().withConfig(config).withHttpClientFactory(new GuardedJdkHttpClientFactory())
                .build();
    }
}
