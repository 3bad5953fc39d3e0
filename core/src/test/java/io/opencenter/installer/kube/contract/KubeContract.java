package io.opencenter.installer.kube.contract;

import io.opencenter.installer.kube.ApiKind;
import io.opencenter.installer.kube.ApplyOptions;
import io.opencenter.installer.kube.ConditionWait;
import io.opencenter.installer.kube.FieldOwner;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.KubeEvent;
import io.opencenter.installer.kube.KubeException;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.KubeWatch;
import io.opencenter.installer.kube.Kubeconfigs;
import io.opencenter.installer.kube.LoopbackSockets;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.kube.ObjectRef;
import io.opencenter.installer.kube.TestPki;
import io.opencenter.installer.kube.WatchEvent;
import io.opencenter.installer.kube.client.KubeConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.opencenter.installer.kube.contract.ContractObjects.configMap;
import static io.opencenter.installer.kube.contract.ContractObjects.configMapRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the installer relies on from any Kubernetes API server, written once through the {@link KubeCluster} port
 * and run against a real one (the test bed: {@code KubeTestBedContractTest}) and, later, against the sandbox's
 * simulated Kubernetes. Each test works in a namespace of its own (and a CRD group of its own) and deletes them.
 *
 * <p>What the sandbox Kubernetes must serve to pass, over HTTPS on 127.0.0.1 with a kubeconfig whose CA signed its
 * certificate:
 * <ul>
 *   <li>{@code GET /version} (the connection probe) and discovery: {@code GET /api/v1}, {@code GET /apis/<g>/<v>}
 *       listing each resource's kind, plural and scope, including CRDs' kinds once they are Established;</li>
 *   <li>server-side apply: {@code PATCH} {@code application/apply-patch+yaml} with {@code fieldManager} and
 *       {@code force}, creating or merging, keeping {@code metadata.managedFields} (operation Apply, per manager,
 *       {@code subresource: status} for status applies), leaving {@code resourceVersion} alone when nothing
 *       changed, removing fields a manager stops sending, answering 409 naming the other manager on a conflict
 *       without force, 4xx on an object that does not validate; the same on {@code /status} of a CRD with a status
 *       subresource; {@code metadata.generation} bumped on spec changes only;</li>
 *   <li>CRDs: {@code apiextensions.k8s.io/v1} objects that become {@code Established} and make their kind servable;</li>
 *   <li>{@code GET} and {@code DELETE} of one object (404 when absent);</li>
 *   <li>{@code LIST} and {@code WATCH} of a kind in a namespace, with {@code resourceVersion} semantics and the
 *       {@code metadata.name} field selector (informers and waits);</li>
 *   <li>core/v1 Events: create, and {@code LIST} with {@code involvedObject.kind}/{@code involvedObject.name} field
 *       selectors.</li>
 * </ul>
 * Namespace deletion may be lazy (the test bed's namespace controller takes seconds): the suite never waits for it.
 */
public abstract class KubeContract {

    /** How long a test waits for anything the server does by itself (Established, a watch event). */
    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    protected KubeCluster cluster;
    protected String namespace;
    /** Unique per test: the namespace and the CRD group carry it. */
    protected String suffix;
    private final List<ObjectRef> cleanup = new ArrayList<>();

    @TempDir
    Path tmp;

    /** The kubeconfig of the cluster under test. */
    protected abstract Path kubeconfig();

    /** How the suite connects; the default is the installer's own way. */
    protected KubeCluster connect() {
        return KubeConnector.connect(kubeconfig());
    }

    @BeforeEach
    void createNamespace() {
        suffix = randomSuffix();
        namespace = "kc-" + suffix;
        cluster = connect();
        cluster.apply(ContractObjects.namespace(namespace), ApplyOptions.DEFAULT);
        cleanup.add(ObjectRef.clusterScoped("v1", "Namespace", namespace));
    }

    @AfterEach
    void deleteWhatTheTestMade() {
        if (cluster == null) {
            return; // skipped before connecting (no cluster to test)
        }
        try {
            // while the test's connections are still open: none of them left loopback
            if (LoopbackSockets.available()) {
                assertThat(LoopbackSockets.nonLoopbackPeers()).as("sockets outside 127.0.0.0/8 and ::1").isEmpty();
            }
        } finally {
            for (int i = cleanup.size() - 1; i >= 0; i--) {
                try {
                    cluster.delete(cleanup.get(i));
                } catch (KubeException e) {
                    // best effort: a failed test may have left it half made
                }
            }
            cluster.close();
        }
    }

    /** A CRD group of this test's own. */
    protected String group() {
        return "c" + suffix + ".contract.opencenter.io";
    }

    /** Applies this test's Widget CRD and waits until it is served. */
    protected ApiKind installWidgets() {
        cleanup.add(ObjectRef.clusterScoped("apiextensions.k8s.io/v1", "CustomResourceDefinition",
                "widgets." + group()));
        cluster.applyCrds(List.of(ContractObjects.widgetCrd(group())), ApplyOptions.DEFAULT, PATIENCE);
        return ContractObjects.widgetKind(group());
    }

    @Test
    void connectsAndReadsTheServersVersion() {
        assertThat(cluster.serverVersion()).matches("v\\d+\\.\\d+\\.\\d+.*");
        assertThat(cluster.server()).isEqualTo(Kubeconfigs.server(kubeconfig()));
    }

    @Test
    void serverSideApplyTwiceChangesNothingAndTheInstallerOwnsTheFields() {
        KubeObject first = cluster.apply(configMap(namespace, "settings", "{color: blue, size: large}"),
                ApplyOptions.DEFAULT);
        KubeObject again = cluster.apply(configMap(namespace, "settings", "{color: blue, size: large}"),
                ApplyOptions.DEFAULT);
        assertThat(again.uid()).isEqualTo(first.uid());
        assertThat(again.resourceVersion()).as("a no-op apply writes nothing").isEqualTo(first.resourceVersion());
        assertThat(again.managedFields()).contains(new FieldOwner(ApplyOptions.INSTALLER, "Apply", ""));

        // a field no longer sent is removed: the installer owned it alone
        KubeObject changed = cluster.apply(configMap(namespace, "settings", "{color: green}"), ApplyOptions.DEFAULT);
        assertThat(changed.resourceVersion()).isNotEqualTo(first.resourceVersion());
        assertThat(changed.content().get("data")).isEqualTo(Map.of("color", "green"));
        assertThat(cluster.get(configMapRef(namespace, "settings")).orElseThrow().content().get("data"))
                .isEqualTo(Map.of("color", "green"));
    }

    @Test
    void aFieldOfAnotherManagerIsAConflictUnlessForced() {
        ApplyOptions someoneElse = new ApplyOptions("someone-else", false);
        cluster.apply(configMap(namespace, "shared", "{color: blue}"), someoneElse);

        assertThatThrownBy(() -> cluster.apply(configMap(namespace, "shared", "{color: red}"), ApplyOptions.DEFAULT))
                .isInstanceOfSatisfying(KubeException.class, e -> {
                    assertThat(e.kind()).isEqualTo(KubeException.Kind.CONFLICT);
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("someone-else").contains("ConfigMap " + namespace + "/shared");
                });

        KubeObject taken = cluster.apply(configMap(namespace, "shared", "{color: red}"), ApplyOptions.forced());
        assertThat(taken.content().get("data")).isEqualTo(Map.of("color", "red"));
        assertThat(taken.applyManagers()).contains(ApplyOptions.INSTALLER).doesNotContain("someone-else");
    }

    /**
     * A number where the schema wants a string. The real API server answers 500 here (a known server-side apply
     * quirk, see KubeErrors); the port still calls it INVALID, and does not spend long retrying it.
     */
    @Test
    void anObjectThatDoesNotFitTheSchemaIsInvalidAndFailsFast() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> cluster.apply(configMap(namespace, "bad", "{count: 3}"), ApplyOptions.DEFAULT))
                .isInstanceOfSatisfying(KubeException.class, e -> {
                    assertThat(e.kind()).isEqualTo(KubeException.Kind.INVALID);
                    assertThat(e.getMessage()).contains("ConfigMap " + namespace + "/bad").contains(".data.count");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aCrdIsEstablishedAndItsKindServedWhenApplyCrdsReturns() {
        ApiKind widgets = installWidgets();
        KubeObject crd = cluster.get(ObjectRef.clusterScoped("apiextensions.k8s.io/v1", "CustomResourceDefinition",
                "widgets." + group())).orElseThrow();
        assertThat(crd.conditionMet("Established")).isTrue();

        KubeObject widget = cluster.apply(ContractObjects.widget(group(), namespace, "w1", "3"), ApplyOptions.DEFAULT);
        assertThat(widget.ref()).isEqualTo(new ObjectRef(widgets, namespace, "w1"));
        assertThat(widget.generation()).isEqualTo(1);
        assertThat(cluster.get(widget.ref()).orElseThrow().content().get("spec")).isEqualTo(Map.of("size", 3));
    }

    @Test
    void aWaitEndsWhenTheStatusSubresourceReportsTheCondition() throws Exception {
        installWidgets();
        ObjectRef w = cluster.apply(ContractObjects.widget(group(), namespace, "w1", "3"), ApplyOptions.DEFAULT).ref();
        CompletableFuture<ConditionWait> wait = CompletableFuture.supplyAsync(() -> cluster.waitFor(w, "Ready",
                PATIENCE));
        Thread.sleep(500); // the wait is watching by now: it must see the change, not just a first read
        KubeObject reported = cluster.applyStatus(ContractObjects.widgetStatus(w, "Ready", "True", "Done",
                "all parts in place", 1), new ApplyOptions("widget-controller", true));

        ConditionWait met = wait.get(PATIENCE.toSeconds() + 5, TimeUnit.SECONDS);
        assertThat(met.met()).isTrue();
        assertThat(met.last().reason()).isEqualTo("Done");
        assertThat(met.waited()).isLessThan(PATIENCE);
        assertThat(reported.managedFields()).contains(new FieldOwner("widget-controller", "Apply", "status"));
    }

    @Test
    void aTimedOutWaitNamesTheLastReasonAndMessage() {
        installWidgets();
        ObjectRef w = cluster.apply(ContractObjects.widget(group(), namespace, "w1", "3"), ApplyOptions.DEFAULT).ref();
        cluster.applyStatus(ContractObjects.widgetStatus(w, "Ready", "False", "PartsMissing",
                "2 of 3 parts in place", 1), new ApplyOptions("widget-controller", true));

        ConditionWait wait = cluster.waitFor(w, "Ready", Duration.ofSeconds(2));
        assertThat(wait.met()).isFalse();
        assertThat(wait.found()).isTrue();
        assertThat(wait.last().reason()).isEqualTo("PartsMissing");
        assertThatThrownBy(wait::orThrow).isInstanceOfSatisfying(KubeException.class, e -> {
            assertThat(e.kind()).isEqualTo(KubeException.Kind.TIMEOUT);
            assertThat(e.getMessage()).contains("Widget " + namespace + "/w1").contains("Ready")
                    .contains("PartsMissing").contains("2 of 3 parts in place");
        });
    }

    @Test
    void aConditionAboutAnOlderGenerationDoesNotEndTheWait() {
        installWidgets();
        ObjectRef w = cluster.apply(ContractObjects.widget(group(), namespace, "w1", "3"), ApplyOptions.DEFAULT).ref();
        ApplyOptions controller = new ApplyOptions("widget-controller", true);
        cluster.applyStatus(ContractObjects.widgetStatus(w, "Ready", "True", "Done", "ok", 1), controller);
        assertThat(cluster.waitFor(w, "Ready", PATIENCE).met()).isTrue();

        KubeObject resized = cluster.apply(ContractObjects.widget(group(), namespace, "w1", "4"), ApplyOptions.DEFAULT);
        assertThat(resized.generation()).isEqualTo(2);
        ConditionWait stale = cluster.waitFor(w, "Ready", Duration.ofSeconds(1));
        assertThat(stale.met()).isFalse();
        assertThat(stale.last().isTrue()).isTrue();

        cluster.applyStatus(ContractObjects.widgetStatus(w, "Ready", "True", "Done", "ok", 2), controller);
        assertThat(cluster.waitFor(w, "Ready", PATIENCE).met()).isTrue();
    }

    @Test
    void aWaitForAnObjectThatNeverCameSaysSo() {
        ConditionWait wait = cluster.waitFor(configMapRef(namespace, "never"), "Ready", Duration.ofSeconds(1));
        assertThat(wait.met()).isFalse();
        assertThat(wait.found()).isFalse();
        assertThat(wait.lastSeen()).isEqualTo("the object does not exist");
    }

    @Test
    void anInformerSeesAddUpdateAndDeleteUntilClosed() throws Exception {
        cluster.apply(configMap(namespace, "before", "{a: '1'}"), ApplyOptions.DEFAULT);
        BlockingQueue<WatchEvent> seen = new LinkedBlockingQueue<>();
        try (KubeWatch watch = cluster.watch(new ApiKind("", "v1", "ConfigMap"), namespace, seen::add)) {
            assertThat(watch.synced()).isTrue();
            assertThat(next(seen, "before").type()).isEqualTo(WatchEvent.Type.ADDED);

            cluster.apply(configMap(namespace, "cm", "{a: '1'}"), ApplyOptions.DEFAULT);
            assertThat(next(seen, "cm").type()).isEqualTo(WatchEvent.Type.ADDED);
            cluster.apply(configMap(namespace, "cm", "{a: '2'}"), ApplyOptions.DEFAULT);
            WatchEvent update = next(seen, "cm");
            assertThat(update.type()).isEqualTo(WatchEvent.Type.MODIFIED);
            assertThat(update.object().content().get("data")).isEqualTo(Map.of("a", "2"));
            assertThat(watch.objects()).extracting(o -> o.ref().name()).contains("before", "cm");

            assertThat(cluster.delete(configMapRef(namespace, "cm"))).isTrue();
            assertThat(next(seen, "cm").type()).isEqualTo(WatchEvent.Type.DELETED);
        }
        cluster.apply(configMap(namespace, "after", "{a: '1'}"), ApplyOptions.DEFAULT);
        Thread.sleep(1000);
        assertThat(seen).extracting(e -> e.object().ref().name()).doesNotContain("after");
    }

    @Test
    void theEventsOfAnObjectAreItsOwn() {
        KubeObject cm = cluster.apply(configMap(namespace, "observed", "{a: '1'}"), ApplyOptions.DEFAULT);
        cluster.apply(configMap(namespace, "bystander", "{a: '1'}"), ApplyOptions.DEFAULT);
        cluster.apply(ContractObjects.event(cm.ref(), cm.uid(), "observed.contract-1", "Warning", "ContractCheck",
                "looked at by the contract suite"), ApplyOptions.DEFAULT);

        List<KubeEvent> events = cluster.events(cm.ref());
        assertThat(events).hasSize(1);
        KubeEvent e = events.get(0);
        assertThat(e.reason()).isEqualTo("ContractCheck");
        assertThat(e.message()).isEqualTo("looked at by the contract suite");
        assertThat(e.isWarning()).isTrue();
        assertThat(e.reporter()).isEqualTo("kube-contract");
        assertThat(e.count()).isEqualTo(1);
        assertThat(e.lastSeen()).isNotNull();
        assertThat(cluster.events(configMapRef(namespace, "bystander"))).isEmpty();
    }

    @Test
    void deleteSaysWhetherTheObjectExisted() {
        cluster.apply(configMap(namespace, "gone", "{a: '1'}"), ApplyOptions.DEFAULT);
        assertThat(cluster.delete(configMapRef(namespace, "gone"))).isTrue();
        assertThat(cluster.get(configMapRef(namespace, "gone"))).isEmpty();
        assertThat(cluster.delete(configMapRef(namespace, "gone"))).isFalse();
    }

    @Test
    void aListHoldsTheObjectsWhoseLabelsMatchTheSelector() {
        cluster.apply(labelled("core", "app: harbor, component: core"), ApplyOptions.DEFAULT);
        cluster.apply(labelled("registry", "app: harbor, component: registry"), ApplyOptions.DEFAULT);
        cluster.apply(labelled("other", "app: grafana"), ApplyOptions.DEFAULT);
        ApiKind configMaps = new ApiKind("", "v1", "ConfigMap");

        assertThat(cluster.list(configMaps, namespace, "app=harbor,component=core"))
                .extracting(o -> o.ref().name()).containsExactly("core");
        assertThat(cluster.list(configMaps, namespace, "app=harbor")).extracting(o -> o.ref().name())
                .containsExactlyInAnyOrder("core", "registry");
        assertThat(cluster.list(configMaps, namespace, "app=loki")).isEmpty();
        assertThat(cluster.list(configMaps, namespace, null)).extracting(o -> o.ref().name())
                .contains("core", "registry", "other");
        assertThat(cluster.list(configMaps, namespace, "app=harbor")).allSatisfy(o ->
                assertThat(o.ref().namespace()).isEqualTo(namespace));
        assertThatThrownBy(() -> cluster.list(new ApiKind(group(), "v1", "Nothing"), namespace, "a=b"))
                .isInstanceOfSatisfying(KubeException.class,
                        e -> assertThat(e.kind()).isEqualTo(KubeException.Kind.NOT_FOUND));
    }

    private Manifest labelled(String name, String labels) {
        return Manifest.parse("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: %s, namespace: %s, labels: {%s}}
                data: {a: '1'}
                """.formatted(name, namespace, labels));
    }

    @Test
    void aKindTheServerDoesNotServeIsNotFound() {
        ObjectRef nothing = new ObjectRef(new ApiKind(group(), "v1", "Nothing"), namespace, "x");
        assertThatThrownBy(() -> cluster.get(nothing)).isInstanceOfSatisfying(KubeException.class, e -> {
            assertThat(e.kind()).isEqualTo(KubeException.Kind.NOT_FOUND);
            assertThat(e.getMessage()).contains("does not serve").contains("Nothing");
        });
    }

    @Test
    void aKubeconfigWithTheWrongCaIsAClearTlsError() {
        Path wrong = Kubeconfigs.withCa(kubeconfig(), TestPki.newCa("not-the-cluster-ca").caPem(),
                tmp.resolve("wrong-ca.kubeconfig"));
        String server = Kubeconfigs.server(kubeconfig());
        assertThatThrownBy(() -> KubeConnector.connect(wrong)).isInstanceOfSatisfying(KubeException.class, e -> {
            assertThat(e.kind()).isEqualTo(KubeException.Kind.TLS);
            assertThat(e.getMessage()).contains(wrong.toString()).contains(server).contains("not trusted");
            for (String secret : Kubeconfigs.userSecrets(kubeconfig())) {
                assertThat(e.getMessage()).doesNotContain(secret);
            }
        });
    }

    /** The next event about the named object (other objects' events, e.g. kube-root-ca.crt, are skipped). */
    private static WatchEvent next(BlockingQueue<WatchEvent> events, String name) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            WatchEvent e = events.poll(100, TimeUnit.MILLISECONDS);
            if (e != null && e.object().ref().name().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no event about " + name + " within " + PATIENCE.toSeconds() + " s");
    }

    private static String randomSuffix() {
        String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
        Random r = new Random();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append(chars.charAt(r.nextInt(chars.length())));
        }
        return s.toString();
    }
}
