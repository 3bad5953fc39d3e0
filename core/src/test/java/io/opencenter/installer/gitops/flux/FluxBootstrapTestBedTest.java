package io.opencenter.installer.gitops.flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.opencenter.installer.gitops.publish.GitAuth;
import io.opencenter.installer.gitops.publish.GitPublisher;
import io.opencenter.installer.gitops.publish.GitTarget;
import io.opencenter.installer.gitops.publish.PublishResult;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.kube.ObjectRef;
import io.opencenter.installer.kube.client.KubeConnector;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.testbed.KubeTestBed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first end-to-end proof of the GitOps path against the test bed's real API server, git server and Flux
 * controllers: GitPublisher pushes a tiny tree (a namespace, a ConfigMap, and a Secret encrypted by the real sops
 * for a real age-keygen key) to the test bed's git server, FluxBootstrap installs test-made "install manifests" (the
 * test bed's Flux CRDs plus a small Deployment: never a copied upstream install.yaml) and the root objects, and the
 * real source-controller makes the GitRepository Ready, the real kustomize-controller applies the tree, decrypting
 * the Secret with the sops-age Secret we made. Skipped when the test bed is not up; failed under CI=true.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FluxBootstrapTestBedTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String ID = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    private static final String APP_NAMESPACE = "fb-" + ID;
    private static final ObjectRef TEST_DEPLOYMENT = ObjectRef.namespaced("apps/v1", "Deployment",
            FluxBootstrap.NAMESPACE, "opencenter-test-controller");
    private static final ObjectRef TEST_ACCOUNT = ObjectRef.namespaced("v1", "ServiceAccount",
            FluxBootstrap.NAMESPACE, "opencenter-test-controller");
    private static final ObjectRef TOKEN_SECRET = ObjectRef.namespaced("v1", "Secret", FluxBootstrap.NAMESPACE,
            FluxBootstrap.ROOT_NAME);

    @TempDir
    static Path dir;
    private static KubeCluster kube;
    private static List<Manifest> install;
    private static Secret ageKey;
    private static String ageKeyText;
    private static FluxBootstrap.RootSource root;
    private static PublishResult published;

    @BeforeAll
    static void publishTheTreeAndConnect() throws Exception {
        String kubeconfig = KubeTestBed.required("KUBECONFIG");
        KubeTestBed.required("KUBE_TESTBED_API_URL");
        String gitUrl = KubeTestBed.required("KUBE_TESTBED_GIT_URL");
        Path crds = Path.of(KubeTestBed.required("KUBE_TESTBED_CRDS"));
        String bin = KubeTestBed.required("KUBE_TESTBED_BIN");

        Path keyFile = dir.resolve("age.key");
        run(dir, Path.of(bin, "age-keygen").toString(), "-o", keyFile.toString());
        ageKeyText = Files.readString(keyFile);
        ageKey = Secret.of(ageKeyText);
        String recipient = ageKeyText.lines().filter(l -> l.startsWith("# public key: ")).findFirst()
                .orElseThrow().substring("# public key: ".length()).strip();

        String cluster = "fbtest-" + ID;
        SortedMap<String, byte[]> tree = new TreeMap<>();
        tree.put("clusters/" + cluster + "/kustomization.yaml", bytes("""
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [namespace.yaml, configmap.yaml, secret.enc.yaml]
                """));
        tree.put("clusters/" + cluster + "/namespace.yaml", bytes("apiVersion: v1\nkind: Namespace\n"
                + "metadata: {name: " + APP_NAMESPACE + "}\n"));
        tree.put("clusters/" + cluster + "/configmap.yaml", bytes("apiVersion: v1\nkind: ConfigMap\n"
                + "metadata: {name: proof, namespace: " + APP_NAMESPACE + "}\ndata: {published-by: GitPublisher}\n"));
        Path plain = Files.writeString(dir.resolve("secret.yaml"), "apiVersion: v1\nkind: Secret\n"
                + "metadata: {name: proof, namespace: " + APP_NAMESPACE + "}\ntype: Opaque\n"
                + "stringData: {greeting: hello-from-sops}\n");
        String encrypted = run(dir, KubeTestBed.required("KUBE_TESTBED_SOPS"), "--encrypt", "--age", recipient,
                "--encrypted-regex", "^(data|stringData)$", "--input-type", "yaml", "--output-type", "yaml",
                plain.toString());
        assertThat(encrypted).doesNotContain("hello-from-sops").contains("sops:");
        tree.put("clusters/" + cluster + "/secret.enc.yaml", bytes(encrypted));

        String repoUrl = gitUrl + "/flux-bootstrap-" + ID + ".git";
        published = new GitPublisher(dir.resolve("gitops")).publish(
                new GitTarget(repoUrl, "main", "", new GitAuth.None()), tree, "flux bootstrap test tree");
        root = new FluxBootstrap.RootSource(repoUrl, "main", "clusters/" + cluster, Optional.empty());

        install = FluxInstallSource.file(installFile(crds)).load();
        kube = KubeConnector.connect(Path.of(kubeconfig));
        // the root objects have fixed names: an earlier run's, still finalizing, would answer for ours
        for (ObjectRef ref : List.of(FluxBootstrap.ROOT_KUSTOMIZATION, FluxBootstrap.ROOT_SOURCE)) {
            kube.delete(ref);
            for (long end = System.nanoTime() + PATIENCE.toNanos(); kube.get(ref).isPresent(); ) {
                if (System.nanoTime() > end) {
                    fail(ref + " of an earlier run is still there after " + PATIENCE.toSeconds() + " s");
                }
                Thread.sleep(200);
            }
        }
    }

    @AfterAll
    static void cleanUp() {
        if (kube != null) {
            // the Kustomization first: kustomize-controller prunes what it applied
            for (ObjectRef ref : List.of(FluxBootstrap.ROOT_KUSTOMIZATION, FluxBootstrap.ROOT_SOURCE,
                    FluxBootstrap.SOPS_AGE, TOKEN_SECRET, TEST_DEPLOYMENT, TEST_ACCOUNT,
                    ObjectRef.clusterScoped("v1", "Namespace", APP_NAMESPACE))) {
                kube.delete(ref);
            }
            kube.close();
        }
    }

    @Test
    @Order(1)
    void theRealControllersReconcileThePublishedRepositoryAndDecryptWithTheSopsAgeSecret() throws InterruptedException {
        new FluxBootstrap(kube).install(install, ageKey, root, PATIENCE);

        KubeObject sopsAge = kube.get(FluxBootstrap.SOPS_AGE).orElseThrow();
        assertThat(decoded(sopsAge, "age.agekey")).isEqualTo(ageKeyText);
        assertThat(kube.get(TEST_DEPLOYMENT)).isPresent();

        kube.waitFor(FluxBootstrap.ROOT_SOURCE, "Ready", PATIENCE).orThrow();
        // a CI run once read the source right after Ready=True without its artifact: wait for the revision itself
        assertThat(revisionOnceServed()).isEqualTo("main@sha1:" + published.commitId());

        kube.waitFor(FluxBootstrap.ROOT_KUSTOMIZATION, "Ready", PATIENCE).orThrow();
        KubeObject configMap = kube.get(ObjectRef.namespaced("v1", "ConfigMap", APP_NAMESPACE, "proof"))
                .orElseThrow();
        assertThat(text(configMap, "data", "published-by")).isEqualTo("GitPublisher");
        KubeObject secret = kube.get(ObjectRef.namespaced("v1", "Secret", APP_NAMESPACE, "proof")).orElseThrow();
        assertThat(decoded(secret, "greeting")).isEqualTo("hello-from-sops");
    }

    @Test
    @Order(2)
    void aSecondInstallChangesNothing() {
        FluxBootstrap bootstrap = new FluxBootstrap(kube);
        bootstrap.install(install, ageKey, root, PATIENCE);
        Map<ObjectRef, String> before = versions();
        bootstrap.install(install, ageKey, root, PATIENCE);
        assertThat(versions()).isEqualTo(before);
        for (ObjectRef ref : before.keySet()) {
            if (ref.equals(TEST_ACCOUNT)) {
                continue; // names no field besides its name: the server records no manager for it
            }
            assertThat(kube.get(ref).orElseThrow().applyManagers()).as("%s", ref).contains("opencenter-installer");
        }
    }

    @Test
    @Order(3)
    void aTokenGoesIntoTheSourcesSecretAndLeavesWithIt() {
        String token = "tok-" + UUID.randomUUID();
        FluxBootstrap.RootSource withToken = new FluxBootstrap.RootSource(root.url(), root.branch(), root.path(),
                Optional.of(Secret.of(token)));
        assertThat(withToken.toString()).doesNotContain(token);
        new FluxBootstrap(kube).install(install, ageKey, withToken, PATIENCE);

        KubeObject secret = kube.get(TOKEN_SECRET).orElseThrow();
        assertThat(decoded(secret, "username")).isEqualTo("git");
        assertThat(decoded(secret, "password")).isEqualTo(token);
        KubeObject source = kube.get(FluxBootstrap.ROOT_SOURCE).orElseThrow();
        assertThat(text(source, "spec", "secretRef", "name")).isEqualTo(FluxBootstrap.ROOT_NAME);
        assertThat(text(source, "spec", "url")).isEqualTo(root.url()).doesNotContain(token);

        new FluxBootstrap(kube).install(install, ageKey, root, PATIENCE);
        assertThat(kube.get(FluxBootstrap.ROOT_SOURCE).orElseThrow().content().get("spec"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).doesNotContainKey("secretRef");
        kube.waitFor(FluxBootstrap.ROOT_SOURCE, "Ready", PATIENCE).orThrow();
    }

    /** resourceVersion of what no controller writes to; generation (spec changes) of what controllers update. */
    private static Map<ObjectRef, String> versions() {
        List<ObjectRef> refs = new ArrayList<>(List.of(FluxBootstrap.SOPS_AGE, TEST_ACCOUNT,
                ObjectRef.clusterScoped("v1", "Namespace", FluxBootstrap.NAMESPACE)));
        for (Manifest m : install) {
            if (m.ref().kind().kind().equals("CustomResourceDefinition")) {
                refs.add(m.ref());
            }
        }
        Map<ObjectRef, String> out = new LinkedHashMap<>();
        for (ObjectRef ref : refs) {
            out.put(ref, "rv " + kube.get(ref).orElseThrow().resourceVersion());
        }
        for (ObjectRef ref : List.of(TEST_DEPLOYMENT, FluxBootstrap.ROOT_SOURCE, FluxBootstrap.ROOT_KUSTOMIZATION)) {
            out.put(ref, "generation " + kube.get(ref).orElseThrow().generation());
        }
        return out;
    }

    /** The test's own "install manifests": the test bed's Flux CRDs, the namespace and a small controller. */
    private static Path installFile(Path crds) throws IOException {
        StringBuilder yaml = new StringBuilder("""
                apiVersion: v1
                kind: Namespace
                metadata: {name: flux-system, labels: {app.kubernetes.io/part-of: flux}}
                """);
        try (Stream<Path> files = Files.list(crds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                yaml.append("---\n").append(Files.readString(f));
            }
        }
        yaml.append("""
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: opencenter-test-controller, namespace: flux-system}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: opencenter-test-controller, namespace: flux-system}
                spec:
                  replicas: 1
                  selector: {matchLabels: {app: opencenter-test-controller}}
                  template:
                    metadata: {labels: {app: opencenter-test-controller}}
                    spec:
                      serviceAccountName: opencenter-test-controller
                      containers: [{name: manager, image: registry.invalid/test-controller:1}]
                """);
        return Files.writeString(dir.resolve("install.yaml"), yaml);
    }

    @SuppressWarnings("unchecked")
    /** The root source's artifact revision, waiting up to {@link #PATIENCE} for one; the last status when none. */
    private static String revisionOnceServed() throws InterruptedException {
        KubeObject source = kube.get(FluxBootstrap.ROOT_SOURCE).orElseThrow();
        for (long end = System.nanoTime() + PATIENCE.toNanos(); System.nanoTime() < end; ) {
            String revision = text(source, "status", "artifact", "revision");
            if (revision != null) {
                return revision;
            }
            Thread.sleep(200);
            source = kube.get(FluxBootstrap.ROOT_SOURCE).orElseThrow();
        }
        return "no artifact after " + PATIENCE.toSeconds() + " s; status: " + source.content().get("status");
    }

    private static String text(KubeObject o, String... path) {
        Object node = o.content();
        for (String p : path) {
            node = node instanceof Map<?, ?> m ? m.get(p) : null;
        }
        return node == null ? null : node.toString();
    }

    private static String decoded(KubeObject secret, String key) {
        String b64 = text(secret, "data", key);
        assertThat(b64).as("%s has data.%s", secret.ref(), key).isNotNull();
        return new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String run(Path cwd, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail(command[0] + " failed: " + err);
        }
        return out;
    }
}
