package io.opencenter.installer.sandbox.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.opencenter.installer.bootstrap.kubeconfig.AdminKubeconfig;
import io.opencenter.installer.bootstrap.pki.CertificateIssuer;
import io.opencenter.installer.bootstrap.pki.KeyAndCert;
import io.opencenter.installer.gitops.flux.FluxInstallSource;
import io.opencenter.installer.install.ClusterApiRoute;
import io.opencenter.installer.install.ClusterApiTarget;
import io.opencenter.installer.install.PlatformSource;
import io.opencenter.installer.kube.ApiEndpointMap;
import io.opencenter.installer.kube.client.KubeConnector;
import io.opencenter.installer.sandbox.kube.sim.ClusterCloud;
import io.opencenter.installer.sandbox.kube.sim.ClusterSimulator;
import io.opencenter.installer.sandbox.kube.sim.SimulatedFluxInstall;
import io.opencenter.installer.sandbox.kube.sim.SimulatorOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's control planes: for each cluster an install bootstraps on this sandbox, a simulated API server on
 * 127.0.0.1 serving TLS with a certificate of the cluster's own CA (as kubeadm would issue on a node), plus the
 * simulator playing kubelets and controllers against the sandbox cloud's servers. The cluster's floating IP is
 * mapped to it explicitly; nothing dials the floating IP itself. Each stays up until the sandbox closes.
 */
public final class SandboxClusterApis implements ClusterApiRoute, AutoCloseable {

    /** How often the simulator reconciles. */
    private static final Duration TICK = Duration.ofMillis(500);

    private final Path cloudStateFile;
    private final ClusterCloud cloud;
    private final Map<String, ControlPlane> running = new HashMap<>();

    public SandboxClusterApis(Path cloudStateFile, ClusterCloud cloud) {
        this.cloudStateFile = cloudStateFile;
        this.cloud = cloud;
    }

    /** One cluster's API server, the client its simulator uses, and the simulator. */
    private record ControlPlane(String caCertPem, SandboxKubernetes.Running server, Path kubeconfig,
                                KubernetesClient client, ClusterSimulator simulator) implements AutoCloseable {
        @Override
        public void close() {
            try (server; client; simulator) {
                Files.deleteIfExists(kubeconfig);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public synchronized ApiEndpointMap route(ClusterApiTarget target) {
        ControlPlane plane = running.get(target.cluster());
        if (plane != null && !plane.caCertPem().equals(target.pki().clusterCa().certPem())) {
            // the cluster was destroyed and made again with a new CA: its old control plane is not its own any more
            running.remove(target.cluster()).close();
            plane = null;
        }
        if (plane == null) {
            plane = start(target);
            running.put(target.cluster(), plane);
        }
        return ApiEndpointMap.none().with(target.apiFloatingIp(), ClusterApiTarget.PORT, plane.server().port());
    }

    @Override
    public synchronized void forget(String cluster) {
        ControlPlane plane = running.remove(cluster);
        if (plane != null) {
            plane.close();
        }
        if (cloudStateFile != null) {
            SandboxKubernetes.forget(cloudStateFile, cluster);
        }
    }

    @Override
    public boolean simulated() {
        return true;
    }

    /** The sandbox's simulated Flux (its CRDs and stand-in controllers) and charts that are never fetched. */
    @Override
    public PlatformSource platform() {
        return new PlatformSource(FluxInstallSource.given("the sandbox's simulated Flux "
                + FluxInstallSource.FLUX_VERSION, SimulatedFluxInstall::manifests), SimulatedFluxInstall.chartSource());
    }

    private ControlPlane start(ClusterApiTarget target) {
        String vip = target.config().spec().kubernetes().apiVip();
        KeyAndCert serving = CertificateIssuer.serverCertificate(target.pki().clusterCa(), "kube-apiserver",
                List.of("kubernetes", "kubernetes.default", "kubernetes.default.svc", "localhost"),
                List.of("127.0.0.1", vip, target.apiFloatingIp()), CertificateIssuer.LEAF_VALIDITY, Instant.now());
        SandboxKubernetes.Running server = SandboxKubernetes.start(cloudStateFile, target.cluster(),
                target.config().spec().kubernetes().version(), serving);
        try {
            // the simulator's own admin kubeconfig, for the local server (deleted when the sandbox closes)
            Path kubeconfig = Files.createTempFile("opencenter-sandbox-" + target.cluster() + "-", ".kubeconfig");
            Files.writeString(kubeconfig, AdminKubeconfig.render(target.cluster(), server.apiUrl(), target.pki()));
            KubernetesClient client = KubeConnector.fabric8(kubeconfig);
            ClusterSimulator simulator = new ClusterSimulator(client, cloud, target.config(),
                    SimulatorOptions.defaults());
            simulator.start(TICK);
            return new ControlPlane(target.pki().clusterCa().certPem(), server, kubeconfig, client, simulator);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e instanceof IOException io ? new UncheckedIOException("cannot start the sandbox's Kubernetes of "
                    + target.cluster(), io) : (RuntimeException) e;
        }
    }

    @Override
    public synchronized void close() {
        running.values().forEach(ControlPlane::close);
        running.clear();
    }
}
