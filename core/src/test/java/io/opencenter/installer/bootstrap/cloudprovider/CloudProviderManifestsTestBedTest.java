package io.opencenter.installer.bootstrap.cloudprovider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.opencenter.installer.kube.ApplyOptions;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.kube.ObjectRef;
import io.opencenter.installer.kube.client.KubeConnector;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.testbed.KubeTestBed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.opencenter.installer.bootstrap.cloudprovider.CloudProviderManifestsTest.at;
import static io.opencenter.installer.bootstrap.cloudprovider.CloudProviderManifestsTest.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The real API server of the Kubernetes test bed ({@code testbed/kube}) accepts every object the bootstrap applies
 * for the cloud provider: the cluster-scoped ones and those in kube-system by {@code kubectl apply --server-side
 * --dry-run=server} (nothing of the shared test bed changes), and every namespaced object for real through the
 * installer's own {@link KubeCluster#apply}, moved into a namespace of this test's own that is deleted afterwards.
 * Without the test bed the tests are skipped, or fail under {@code CI=true}.
 */
class CloudProviderManifestsTestBedTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path tmp;

    private Path kubeconfig;
    private String kubectl;
    private KubeCluster cluster;
    private String namespace;
    private final List<Manifest> all = CloudProviderManifests.of(Settings.withCa(), Catalog.builtIn());

    @BeforeEach
    void testBed() {
        kubeconfig = Path.of(KubeTestBed.required("KUBECONFIG"));
        kubectl = KubeTestBed.required("KUBE_TESTBED_KUBECTL");
        namespace = "t-cloudcred-" + UUID.randomUUID().toString().substring(0, 8);
        cluster = KubeConnector.connect(kubeconfig);
        // the node plugin is privileged: a namespace that admits it, as the real one does
        cluster.apply(Manifest.parse("""
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: %s
                  labels: {pod-security.kubernetes.io/enforce: privileged}
                """.formatted(namespace)), ApplyOptions.DEFAULT);
    }

    @AfterEach
    void deleteNamespace() {
        if (cluster != null) {
            cluster.delete(ObjectRef.clusterScoped("v1", "Namespace", namespace));
            cluster.close();
        }
    }

    @Test
    void theApiServerAcceptsEveryObjectInADryRun() throws Exception {
        List<Manifest> dryRun = new ArrayList<>();
        for (Manifest m : all) {
            String ns = m.ref().namespace();
            // kube-system exists; the CSI namespace does not (a dry run creates nothing), so its objects go to ours
            dryRun.add(ns == null || ns.equals("kube-system") ? m : m.inNamespace(namespace));
        }

        Run run = kubectl(file(dryRun), "apply", "--server-side", "--dry-run=server",
                "--field-manager=" + ApplyOptions.INSTALLER);

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(all.size()).allSatisfy(l -> assertThat(l).endsWith("serverside-applied (server dry run)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("daemonset.apps/openstack-cloud-controller-manager"))
                .anySatisfy(l -> assertThat(l).startsWith("csidriver.storage.k8s.io/cinder.csi.openstack.org"))
                .anySatisfy(l -> assertThat(l).startsWith("storageclass.storage.k8s.io/csi-cinder-sc-delete"))
                .anySatisfy(l -> assertThat(l).startsWith("namespace/cinder-csi"));
        assertThat(run.out() + run.err()).doesNotContain(Settings.SECRET);
    }

    @Test
    void theNamespacedObjectsApplyForRealAndKeepTheClusterName() {
        List<KubeObject> applied = new ArrayList<>();
        for (Manifest m : all) {
            if (m.ref().namespace() != null) {
                applied.add(cluster.apply(m.inNamespace(namespace), ApplyOptions.DEFAULT));
            }
        }

        assertThat(applied).extracting(o -> o.ref().kind().kind()).contains("Secret", "ServiceAccount", "DaemonSet",
                "Deployment");
        KubeObject ccm = get("apps/v1", "DaemonSet", CloudControllerManager.NAME);
        assertThat(args(ccm, "openstack-cloud-controller-manager")).contains("--cluster-name=demo");
        KubeObject csi = get("apps/v1", "Deployment", CinderCsi.CONTROLLER);
        assertThat(args(csi, "cinder-csi-plugin")).contains("--cluster=demo");
        KubeObject secret = get("v1", "Secret", CloudConfigSecret.NAME);
        assertThat(at(secret.content(), "data")).containsOnlyKeys(CloudConf.FILE, CloudConf.CA_FILE);
        assertThat(secret.toString()).doesNotContain(Settings.SECRET);
    }

    private KubeObject get(String apiVersion, String kind, String name) {
        return cluster.get(ObjectRef.namespaced(apiVersion, kind, namespace, name))
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + namespace));
    }

    @SuppressWarnings("unchecked")
    private static List<String> args(KubeObject workload, String container) {
        return list(at(workload.content(), "spec", "template", "spec"), "containers").stream()
                .filter(c -> container.equals(c.get("name"))).map(c -> (List<String>) c.get("args"))
                .findFirst().orElseThrow();
    }

    /** The manifests as one YAML stream in an owner-only file (it holds a Secret), never in an argument. */
    private Path file(List<Manifest> manifests) throws IOException {
        StringBuilder yaml = new StringBuilder();
        for (Manifest m : manifests) {
            yaml.append(YAML.writeValueAsString(m.content()));
        }
        Path f = Files.createFile(tmp.resolve("cloud-provider.yaml"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        return f;
    }

    private record Run(int exit, String out, String err) {}

    private Run kubectl(Path manifests, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(kubectl, "--kubeconfig", kubeconfig.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("-f", manifests.toString()));
        Path out = tmp.resolve("kubectl.out");
        Path err = tmp.resolve("kubectl.err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("kubectl did not finish in 120 s");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
