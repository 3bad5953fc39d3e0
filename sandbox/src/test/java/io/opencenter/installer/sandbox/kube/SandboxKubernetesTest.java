package io.opencenter.installer.sandbox.kube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencenter.installer.kube.ApiKind;
import io.opencenter.installer.kube.ApplyOptions;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.Kubeconfigs;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.kube.ObjectRef;
import io.opencenter.installer.kube.client.KubeConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the sandbox API server does beyond the contract suite: state across restarts (as across the CLI's separate
 * processes), one cluster per name, the simplified field ownership, selectors the mock cannot match, the
 * namespace's objects going with it. Plain HTTP here (no certificate given); TLS is the contract test's.
 */
class SandboxKubernetesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    private Path cloudState() {
        return dir.resolve("sandbox").resolve("state.json");
    }

    private KubeCluster connect(SandboxKubernetes.Running kube) {
        Path kubeconfig = Kubeconfigs.write(dir.resolve("kubeconfig-" + kube.port()), kube.apiUrl(), null,
                "not-checked-by-the-sandbox");
        return KubeConnector.connect(kubeconfig);
    }

    private static Manifest configMap(String ns, String name, String data) {
        return Manifest.parse("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: %s, namespace: %s, labels: {tier: %s}}
                data: {k: v}
                """.formatted(name, ns, data));
    }

    private static Manifest crd() {
        return Manifest.parse("""
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: gadgets.sb.opencenter.io}
                spec:
                  group: sb.opencenter.io
                  scope: Namespaced
                  names: {plural: gadgets, singular: gadget, kind: Gadget, listKind: GadgetList}
                  versions:
                  - name: v1
                    served: true
                    storage: true
                    subresources: {status: {}}
                    schema:
                      openAPIV3Schema:
                        type: object
                        properties:
                          spec:
                            type: object
                            required: [size]
                            properties: {size: {type: integer}, colour: {type: string}}
                          status: {type: object, x-kubernetes-preserve-unknown-fields: true}
                """);
    }

    private static Manifest gadget(String name, String spec) {
        return Manifest.parse("""
                apiVersion: sb.opencenter.io/v1
                kind: Gadget
                metadata: {name: %s, namespace: default}
                spec: %s
                """.formatted(name, spec));
    }

    @Test
    void aRestartedServerHasTheSameObjectsAndResourceVersionsKeepIncreasing() throws Exception {
        String uid;
        long lastVersion;
        try (SandboxKubernetes.Running kube = SandboxKubernetes.start(cloudState(), "demo", "1.35.4", null);
             KubeCluster cluster = connect(kube)) {
            uid = cluster.apply(configMap("default", "settings", "web"), ApplyOptions.DEFAULT).uid();
            cluster.applyCrds(List.of(crd()), ApplyOptions.DEFAULT, Duration.ofSeconds(10));
            lastVersion = Long.parseLong(cluster.apply(gadget("g1", "{size: 1}"), ApplyOptions.DEFAULT)
                    .resourceVersion());
        }
        Path file = cloudState().resolveSibling("state-kube-demo.json");
        assertThat(file).isRegularFile();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));

        try (SandboxKubernetes.Running kube = SandboxKubernetes.start(cloudState(), "demo", "1.35.4", null);
             KubeCluster cluster = connect(kube)) {
            KubeObject settings = cluster.get(ObjectRef.namespaced("v1", "ConfigMap", "default", "settings"))
                    .orElseThrow();
            assertThat(settings.uid()).isEqualTo(uid);
            // the CRD's kind is served again without re-applying it, and its objects are there
            ObjectRef g1 = new ObjectRef(new ApiKind("sb.opencenter.io", "v1", "Gadget"), "default", "g1");
            assertThat(cluster.get(g1)).isPresent();
            KubeObject changed = cluster.apply(gadget("g1", "{size: 2}"), ApplyOptions.DEFAULT);
            assertThat(Long.parseLong(changed.resourceVersion())).isGreaterThan(lastVersion);
            assertThat(changed.generation()).isEqualTo(2);
            // ownership survived too: a field no longer sent is removed
            KubeObject fewer = cluster.apply(Manifest.parse("""
                    apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: settings, namespace: default}
                    """), ApplyOptions.DEFAULT);
            assertThat(fewer.content()).doesNotContainKey("data");
            assertThat(((Map<?, ?>) fewer.content().get("metadata")).containsKey("labels")).isFalse();
        }
    }

    @Test
    void eachSandboxClusterHasItsOwnStateFile() {
        try (SandboxKubernetes.Running a = SandboxKubernetes.start(cloudState(), "alpha", "1.35.4", null);
             SandboxKubernetes.Running b = SandboxKubernetes.start(cloudState(), "beta", "v1.34.2", null);
             KubeCluster ca = connect(a); KubeCluster cb = connect(b)) {
            ca.apply(configMap("default", "only-in-alpha", "x"), ApplyOptions.DEFAULT);
            assertThat(cb.get(ObjectRef.namespaced("v1", "ConfigMap", "default", "only-in-alpha"))).isEmpty();
            assertThat(cb.serverVersion()).isEqualTo("v1.34.2");
            assertThat(a.stateFile()).isNotEqualTo(b.stateFile());
            assertThat(a.toString()).contains(SandboxKubernetes.LABEL);
        }
    }

    @Test
    void aStateFileOfAnotherClusterOrNotAStateIsRefusedNamingTheFile() throws Exception {
        Path file = SandboxKubernetes.stateFileFor(cloudState(), "demo");
        io.opencenter.installer.workspace.Folders.createParentOf(file);
        Files.writeString(file, "{\"format\": 1, \"cluster\": \"other\", \"objects\": []}");
        assertThatThrownBy(() -> SandboxKubernetes.start(cloudState(), "demo", "1.35.4", null))
                .hasMessageContaining(file.toString()).hasMessageContaining("\"other\"");
        Files.writeString(file, "not json");
        assertThatThrownBy(() -> SandboxKubernetes.start(cloudState(), "demo", "1.35.4", null))
                .hasMessageContaining(file.toString()).hasMessageContaining("delete it");
    }

    @Test
    void aSecondServerOnTheSameClusterIsRefusedWhileTheFirstRuns() {
        try (SandboxKubernetes.Running first = SandboxKubernetes.start(cloudState(), "demo", "1.35.4", null)) {
            assertThatThrownBy(() -> SandboxKubernetes.start(cloudState(), "demo", "1.35.4", null))
                    .hasMessageContaining("in use by another sandbox API server")
                    .hasMessageContaining(first.stateFile().toString());
        }
        SandboxKubernetes.start(cloudState(), "demo", "1.35.4", null).close();
    }

    @Test
    void aDestroyedClustersStateIsForgottenAndItsNameStartsEmpty() {
        try (SandboxKubernetes.Running kube = SandboxKubernetes.start(cloudState(), "demo", "1.35.4", null);
             KubeCluster cluster = connect(kube)) {
            cluster.apply(configMap("default", "old", "x"), ApplyOptions.DEFAULT);
            assertThatThrownBy(() -> SandboxKubernetes.forget(cloudState(), "demo"))
                    .hasMessageContaining("in use");
        }
        assertThat(SandboxKubernetes.forget(cloudState(), "demo")).isTrue();
        assertThat(SandboxKubernetes.stateFileFor(cloudState(), "demo")).doesNotExist();
        assertThat(SandboxKubernetes.forget(cloudState(), "demo")).isFalse();
        try (SandboxKubernetes.Running kube = SandboxKubernetes.start(cloudState(), "demo", "1.35.4", null);
             KubeCluster cluster = connect(kube)) {
            assertThat(cluster.get(ObjectRef.namespaced("v1", "ConfigMap", "default", "old"))).isEmpty();
        }
    }

    @Test
    void aWatchFromAListsVersionSendsOnlyWhatCameAfter() throws Exception {
        try (SandboxKubernetes.Running kube = SandboxKubernetes.start(null, "demo", "1.35.4", null);
             KubeCluster cluster = connect(kube)) {
            cluster.apply(configMap("default", "old", "x"), ApplyOptions.DEFAULT);
            String version = get(kube, "/api/v1/namespaces/default/configmaps").path("metadata")
                    .path("resourceVersion").asText();
            HttpRequest watch = HttpRequest.newBuilder(URI.create(kube.apiUrl()
                    + "/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=" + version))
                    .timeout(Duration.ofSeconds(20)).build();
            var lines = http.send(watch, HttpResponse.BodyHandlers.ofLines());
            assertThat(lines.statusCode()).isEqualTo(200);
            var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> lines.body().findFirst().orElse(""));
            Thread.sleep(500);
            cluster.apply(configMap("default", "new", "x"), ApplyOptions.DEFAULT);
            JsonNode event = JSON.readTree(first.get(20, java.util.concurrent.TimeUnit.SECONDS));
            assertThat(event.path("type").asText()).isEqualTo("ADDED");
            assertThat(event.path("object").path("metadata").path("name").asText()).isEqualTo("new");
        }
    }

    /** A CLI command ends when its main thread does: a stopped server must leave no thread that keeps it alive. */
    @Test
    void aStoppedServerLeavesNoThreadBehindEvenWithWatchesOpen() throws Exception {
        java.util.Set<Thread> before = liveNonDaemonThreads();
        SandboxKubernetes.Running kube = SandboxKubernetes.start(null, "demo", "1.35.4", null);
        KubeCluster cluster = connect(kube);
        var watch = cluster.watch(new ApiKind("", "v1", "ConfigMap"), "default", e -> { });
        var wait = java.util.concurrent.CompletableFuture.runAsync(() -> cluster.waitFor(
                ObjectRef.namespaced("v1", "ConfigMap", "default", "never"), "Ready", Duration.ofSeconds(3)));
        Thread.sleep(1000); // both watches are open on the server
        kube.close();
        watch.close();
        wait.get(20, java.util.concurrent.TimeUnit.SECONDS);
        cluster.close();
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        java.util.Set<Thread> left = liveNonDaemonThreads();
        while (!left.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(200);
            left = liveNonDaemonThreads();
            left.removeAll(before);
        }
        assertThat(left).extracting(Thread::getName).isEmpty();
    }

    private static java.util.Set<Thread> liveNonDaemonThreads() {
        java.util.Set<Thread> out = new java.util.HashSet<>();
        Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon()).forEach(out::add);
        return out;
    }

    @Test
    void aNewClusterHasTheStandardNamespacesAndADeletedNamespaceOrCrdTakesItsObjects() throws Exception {
        try (SandboxKubernetes.Running kube = SandboxKubernetes.start(null, "demo", "1.35.4", null);
             KubeCluster cluster = connect(kube)) {
            assertThat(names(get(kube, "/api/v1/namespaces"))).contains("default", "kube-system", "kube-public",
                    "kube-node-lease");
            cluster.apply(Manifest.parse("{apiVersion: v1, kind: Namespace, metadata: {name: doomed}}"),
                    ApplyOptions.DEFAULT);
            cluster.apply(configMap("doomed", "inside", "x"), ApplyOptions.DEFAULT);
            cluster.apply(configMap("default", "outside", "x"), ApplyOptions.DEFAULT);
            assertThat(cluster.delete(ObjectRef.clusterScoped("v1", "Namespace", "doomed"))).isTrue();
            assertThat(cluster.get(ObjectRef.namespaced("v1", "ConfigMap", "doomed", "inside"))).isEmpty();
            assertThat(cluster.get(ObjectRef.namespaced("v1", "ConfigMap", "default", "outside"))).isPresent();
            assertThat(kube.stateFile()).isNull();

            cluster.applyCrds(List.of(crd()), ApplyOptions.DEFAULT, Duration.ofSeconds(10));
            cluster.apply(gadget("g1", "{size: 1}"), ApplyOptions.DEFAULT);
            assertThat(names(get(kube, "/apis/sb.opencenter.io/v1/gadgets"))).containsOnly("g1");
            assertThat(cluster.delete(ObjectRef.clusterScoped("apiextensions.k8s.io/v1", "CustomResourceDefinition",
                    "gadgets.sb.opencenter.io"))).isTrue();
            cluster.applyCrds(List.of(crd()), ApplyOptions.DEFAULT, Duration.ofSeconds(10));
            assertThat(names(get(kube, "/apis/sb.opencenter.io/v1/gadgets"))).isEmpty();
        }
    }

    @Test
    void setBasedLabelSelectorsAndAnyFieldSelectorFilterAList() throws Exception {
        try (SandboxKubernetes.Running kube = SandboxKubernetes.start(null, "demo", "1.35.4", null);
             KubeCluster cluster = connect(kube)) {
            cluster.apply(configMap("default", "a", "web"), ApplyOptions.DEFAULT);
            cluster.apply(configMap("default", "b", "db"), ApplyOptions.DEFAULT);
            cluster.apply(configMap("default", "c", "cache"), ApplyOptions.DEFAULT);
            String cms = "/api/v1/namespaces/default/configmaps";
            assertThat(names(get(kube, cms + "?labelSelector=" + enc("tier in (web,db)")))).containsOnly("a", "b");
            assertThat(names(get(kube, cms + "?labelSelector=" + enc("tier notin (web),tier!=db"))))
                    .containsOnly("c");
            assertThat(names(get(kube, cms + "?labelSelector=" + enc("tier=cache")))).containsOnly("c");
            assertThat(names(get(kube, cms + "?fieldSelector=" + enc("metadata.name=b")))).containsOnly("b");
            assertThat(names(get(kube, cms + "?fieldSelector=" + enc("metadata.labels.tier!=web"))))
                    .containsOnly("b", "c");
        }
    }

    @Test
    void aWatchTheSandboxCannotFilterIsRefusedNotSilentlyEmpty() throws Exception {
        try (SandboxKubernetes.Running kube = SandboxKubernetes.start(null, "demo", "1.35.4", null)) {
            HttpResponse<String> r = send(kube, "GET", "/api/v1/pods?watch=true&fieldSelector="
                    + enc("spec.nodeName=n1"), null, null);
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("spec.nodeName").contains("simulated");
        }
    }

    @Test
    void applyNeedsAFieldManagerAndAnUnknownPathIsNotFound() throws Exception {
        try (SandboxKubernetes.Running kube = SandboxKubernetes.start(null, "demo", "1.35.4", null)) {
            HttpResponse<String> noManager = send(kube, "PATCH", "/api/v1/namespaces/default/configmaps/x",
                    "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"x\"}}",
                    ApiDispatcher.APPLY_PATCH);
            assertThat(noManager.statusCode()).isEqualTo(400);
            assertThat(noManager.body()).contains("fieldManager");
            assertThat(send(kube, "GET", "/nothing/here", null, null).statusCode()).isEqualTo(404);
            assertThat(send(kube, "GET", "/apis/no.such.group/v1", null, null).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aCustomObjectIsCheckedAgainstItsCrdsSchemaAndStatusAppliesLeaveTheGenerationAlone() {
        try (SandboxKubernetes.Running kube = SandboxKubernetes.start(null, "demo", "1.35.4", null);
             KubeCluster cluster = connect(kube)) {
            cluster.applyCrds(List.of(crd()), ApplyOptions.DEFAULT, Duration.ofSeconds(10));
            assertThatThrownBy(() -> cluster.apply(gadget("bad", "{size: big}"), ApplyOptions.DEFAULT))
                    .hasMessageContaining(".spec.size").hasMessageContaining("expected integer");
            assertThatThrownBy(() -> cluster.apply(gadget("bad", "{colour: red}"), ApplyOptions.DEFAULT))
                    .hasMessageContaining(".spec.size: Required value");
            KubeObject g = cluster.apply(gadget("g", "{size: 1}"), ApplyOptions.DEFAULT);
            KubeObject reported = cluster.applyStatus(Manifest.parse("""
                    apiVersion: sb.opencenter.io/v1
                    kind: Gadget
                    metadata: {name: g, namespace: default}
                    status: {observedGeneration: 1, phase: Ready}
                    """), new ApplyOptions("gadget-controller", true));
            assertThat(reported.generation()).isEqualTo(g.generation());
            assertThat(reported.content()).containsEntry("spec", Map.of("size", 1));
            // status sent on the main path of a kind with a status subresource is ignored, as the API server does
            KubeObject again = cluster.apply(Manifest.parse("""
                    apiVersion: sb.opencenter.io/v1
                    kind: Gadget
                    metadata: {name: g, namespace: default}
                    spec: {size: 1}
                    status: {phase: Lost}
                    """), ApplyOptions.DEFAULT);
            assertThat(again.content().get("status")).isEqualTo(Map.of("observedGeneration", 1, "phase", "Ready"));
        }
    }

    private JsonNode get(SandboxKubernetes.Running kube, String path) throws Exception {
        HttpResponse<String> r = send(kube, "GET", path, null, null);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> send(SandboxKubernetes.Running kube, String method, String path, String body,
                                      String contentType) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(kube.apiUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> names(JsonNode list) {
        return java.util.stream.StreamSupport.stream(list.path("items").spliterator(), false)
                .map(i -> i.path("metadata").path("name").asText()).toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
