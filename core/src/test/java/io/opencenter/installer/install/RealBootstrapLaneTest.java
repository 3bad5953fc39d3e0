package io.opencenter.installer.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.opencenter.installer.bootstrap.NodeState;
import io.opencenter.installer.bootstrap.RealClusterLane;
import io.opencenter.installer.bootstrap.node.AdminBinding;
import io.opencenter.installer.bootstrap.node.KubeadmConfigs;
import io.opencenter.installer.bootstrap.node.NodeBootstrapInputs;
import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.bootstrap.pki.KubeadmPkiLayout;
import io.opencenter.installer.bootstrap.pki.PkiStore;
import io.opencenter.installer.kube.ApiEndpointMap;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.ObjectRef;
import io.opencenter.installer.kube.client.KubeConnector;
import io.opencenter.installer.openstack.config.CloudsYaml;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.ProvisionListener;
import io.opencenter.installer.provision.destroy.DestroyResult;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.SpecYaml;
import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.Folders;
import io.opencenter.installer.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 8 of the bootstrap issue end to end: an install on the real OpenStack services of the harness, whose first
 * control plane is played by the real lane of the test bed. Real Nova makes the servers with the installer's
 * user-data; real kubeadm runs the first control plane's phases against the CA and config the installer generated;
 * the registrar turns each server real Nova made into a node (the kubelets joining); and the installer's Bootstrap
 * phase, through its own admin kubeconfig with TLS verified against its CA, creates the cloud provider's application
 * credential in the real Keystone, applies the CCM and Cinder CSI, and sees every node Ready. The floating IP the
 * harness hands out (203.0.113.0/24) is never dialled: the route maps it to the lane's API server on loopback.
 */
@EnabledIfEnvironmentVariable(named = "OS_CLIENT_CONFIG_FILE", matches = ".+")
@EnabledIfEnvironmentVariable(named = "OS_CLOUD", matches = ".+")
class RealBootstrapLaneTest {

    private static final BootstrapTimeouts TIMEOUTS = new BootstrapTimeouts(Duration.ofMinutes(3),
            Duration.ofMinutes(4), Duration.ofMillis(500));

    @TempDir
    Path dir;

    @Test
    void theInstallersBootstrapSeesEveryServerRealNovaMadeReadyOnARealControlPlane() throws Exception {
        Optional<String> missing = RealClusterLane.missing();
        if (missing.isPresent() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(missing.get() + " (CI=true: the real lane must run)");
        }
        assumeTrue(missing.isEmpty(), () -> "real lane skipped: " + missing.orElse(""));
        // the harness's ops project: its quota holds the platform's volumes, which preflight counts (demo's does not)
        String cloudName = "osr-ops";
        var clouds = CloudsYaml.load();
        assumeTrue(clouds.profile(cloudName).isPresent(), "no '" + cloudName + "' entry in the harness's clouds.yaml");
        var profile = clouds.require(cloudName);
        String name = "rb-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        ClusterConfig config = config(name, cloudName);
        Workspace workspace = new Workspace(Folders.create(dir.resolve("ws")));
        CloudConnection plain = CloudConnector.standard().connect(profile);
        try {
            InstallResult infra = Installation.run(new InstallRequest(config, plain, workspace,
                    InstallPhase.INFRASTRUCTURE, Catalog.builtIn(), TIMEOUTS), new RecordingListener(),
                    new Cancellation());
            assertThat(infra.outcome()).as(() -> infra.message() + (infra.preflight() == null ? ""
                    : " " + infra.preflight().findings())).isEqualTo(InstallResult.Outcome.COMPLETE);
            String floatingIp = plain.openInfrastructure().floatingIpAddress(
                    infra.infrastructure().cloudIds().get("floating-ip")).orElseThrow();

            // the first control plane's part, as its cloud-init would run it: the installer's CA and kubeadm config
            ClusterPki pki = PkiStore.load(ClusterFiles.of(workspace, name), name);
            Path pkiDir = Folders.create(dir.resolve("node-pki"));
            KubeadmPkiLayout.write(pki, pkiDir);
            Path kubeadm = dir.resolve("kubeadm.yaml");
            Files.writeString(kubeadm, KubeadmConfigs.init(NodeBootstrapInputs.of(config, pki, floatingIp),
                    name + "-control-plane-1"));
            Path binding = dir.resolve("admin-binding.yaml");
            Files.writeString(binding, AdminBinding.manifest());
            try (RealClusterLane lane = RealClusterLane.start(pkiDir, kubeadm, name, cloudName)) {
                assertThat(lane.registrarOn()).as("the registrar needs the harness's Nova").isTrue();
                lane.applyAdminBinding(binding);
                ApiEndpointMap route = ApiEndpointMap.none().with(floatingIp, ClusterApiTarget.PORT,
                        lane.apiAddress().getPort());
                CloudConnection toLane = plain.withApiRoute(target -> route);

                InstallResult result = Installation.run(new InstallRequest(config, toLane, workspace,
                        InstallPhase.BOOTSTRAP, Catalog.builtIn(), TIMEOUTS), new RecordingListener(),
                        new Cancellation());

                assertThat(result.outcome()).as(result.message()).isEqualTo(InstallResult.Outcome.COMPLETE);
                assertThat(result.infrastructure().created()).as("resumed, nothing made again").isZero();
                BootstrapSummary summary = result.bootstrap();
                assertThat(summary.apiUrl()).isEqualTo("https://" + floatingIp + ":6443");
                assertThat(summary.simulated()).isFalse();
                assertThat(summary.nodes()).extracting(BootstrapSummary.Node::name)
                        .containsExactly(name + "-control-plane-1", name + "-default-1");
                assertThat(summary.nodes()).allMatch(n -> n.state() == NodeState.READY);
                assertThat(Files.readString(summary.kubeconfig())).contains(summary.apiUrl());

                try (KubeCluster kube = KubeConnector.connect(summary.kubeconfig(), null, route)) {
                    assertThat(kube.server()).isEqualTo(summary.apiUrl());
                    assertThat(kube.get(ObjectRef.clusterScoped("rbac.authorization.k8s.io/v1",
                            "ClusterRoleBinding", ClusterPki.ADMIN_BINDING))).isPresent();
                    KubeObject ccm = kube.get(ObjectRef.namespaced("apps/v1", "DaemonSet", "kube-system",
                            "openstack-cloud-controller-manager")).orElseThrow();
                    assertThat(ccm.content().toString()).contains("--cluster-name=" + name);
                }
                assertThat(ClusterFiles.of(workspace, name).cloudProviderCredential()).exists();
            }
        } finally {
            Uninstall uninstall = new Uninstall(config, plain, workspace);
            DestroyResult destroyed = uninstall.destroy(uninstall.inventory(), ProvisionListener.NONE,
                    new Cancellation());
            assertThat(destroyed.leftovers()).as("cleanup of %s", name).isEmpty();
        }
    }

    /** One small control plane and one worker from the image, on the harness's cloud entry. */
    private static ClusterConfig config(String name, String cloud) throws Exception {
        String yaml = """
                apiVersion: installer.opencenter.io/v1alpha1
                kind: Cluster
                metadata: {name: %s}
                spec:
                  cloud: {name: %s}
                  kubernetes: {version: "1.35.4", podCidr: 10.244.0.0/16, serviceCidr: 10.96.0.0/12,
                               apiVip: 10.20.0.10}
                  network: {nodeCidr: 10.20.0.0/24, externalNetwork: public,
                            metallbPool: 10.20.0.200-10.20.0.220}
                  controlPlane: {count: 1, flavor: m1.medium, image: ubuntu-24.04, volumeSizeGb: 0}
                  workerPools:
                    - {name: default, count: 1, flavor: m1.medium, image: ubuntu-24.04, volumeSizeGb: 0}
                  platform: {profile: openstack}
                """.formatted(name, cloud);
        return SpecYaml.parse(yaml).config();
    }

}
