package io.opencenter.installer.gitops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.opencenter.installer.bootstrap.cloudprovider.CloudProviderSettings;
import io.opencenter.installer.gitops.flux.FluxBootstrap;
import io.opencenter.installer.gitops.flux.FluxInstallSource;
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
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.rollout.Rollout;
import io.opencenter.installer.rollout.RolloutOptions;
import io.opencenter.installer.rollout.RolloutResult;
import io.opencenter.installer.rollout.ServiceProgress;
import io.opencenter.installer.rollout.ServiceState;
import io.opencenter.installer.secrets.AgeIdentity;
import io.opencenter.installer.secrets.AgeKeyStore;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.testbed.KubeTestBed;
import io.opencenter.installer.workspace.ClusterFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real lane: the installer's own pieces, chained as {@code install.GitOpsPhase} chains them (age key, platform
 * secrets, {@link FluxRepository#generate} sealed by {@link SopsSealer}, {@link GitPublisher}, {@link FluxBootstrap}),
 * against the test bed's real API server, git server and Flux controllers, then {@link Rollout} over every selected
 * service of the openstack profile. Charts come from the test bed's Helm repository, where this test puts stand-ins
 * made at run time from the catalog ({@link StandInCharts}); the two upstream manifest trees (OLM,
 * external-snapshotter) come as Flux OCI artifacts from a registry of the test's own ({@link OciArtifactServer});
 * OLM's installs and the operators' verdicts are played by {@link StandInOperators}; kube-vip's static pod and the
 * Flux controllers' Deployments (the controllers run as processes) are objects the test makes. See "GitOps lane" in
 * testbed/kube/README.md. Skipped when the test bed is not up; failed under CI=true.
 */
class RealFluxLaneTest {
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /** The whole rollout's limit: well above a healthy run's, so that a broken one fails within minutes. */
    private static final Duration DEADLINE = Duration.ofSeconds(240);
    private static final String ID = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    private static final Catalog CATALOG = Catalog.builtIn();

    @TempDir
    static Path dir;
    private static KubeCluster kube;
    private static Set<String> laneNamespaces = new LinkedHashSet<>();
    private static List<ObjectRef> madeHere = new ArrayList<>();

    @BeforeAll
    static void connectAndClearLeftovers() throws Exception {
        String kubeconfig = KubeTestBed.required("KUBECONFIG");
        for (String v : List.of("KUBE_TESTBED_GIT_URL", "KUBE_TESTBED_HELM_URL", "KUBE_TESTBED_HELM_DIR",
                "KUBE_TESTBED_CRDS", "KUBE_TESTBED_BIN")) {
            KubeTestBed.required(v);
        }
        kube = KubeConnector.connect(Path.of(kubeconfig));
        // an earlier, killed run's root objects and namespaces would answer for ours: make sure they are gone
        new LaneCleanup(kube, PATIENCE).clearEarlierRun();
    }

    @AfterAll
    static void cleanUp() throws InterruptedException {
        if (kube == null) {
            return;
        }
        try {
            new LaneCleanup(kube, PATIENCE).removeRun(madeHere, laneNamespaces, ID);
        } finally {
            kube.close();
        }
    }

    @Test
    void theRealControllersReconcileTheGeneratedTreeAndTheRolloutReportsEveryServiceReady() throws Exception {
        long t0 = System.nanoTime();
        ClusterConfig config = RepoFixtures.config("openstack", List.of());
        List<ServiceDef> services = CATALOG.rolloutOrder(CATALOG.select(Profile.OPENSTACK, List.of()));
        OciArtifactServer registry = new OciArtifactServer();
        try (registry) {
            // 1. the install's own steps: key, secrets, generated tree sealed by SOPS
            AgeIdentity key = AgeKeyStore.loadOrCreate(dir);
            SopsSealer sealer = new SopsSealer(key, new ClusterFiles(dir).sops().resolve("sealed"), Clock.systemUTC());
            List<SecretFile> secrets = new ArrayList<>(PlatformSecrets.loadOrCreate(dir).secretFiles(config, CATALOG));
            secrets.addAll(CloudProviderSecrets.secretFiles(new CloudProviderSettings(config.name(),
                    "https://keystone.example.invalid:5000/v3", "RegionOne", "lane-credential-id",
                    "lane-credential-secret-" + ID, null, false), CATALOG));
            ChartSource charts = new ChartSource(ChartSource.Kind.LOCAL, env("KUBE_TESTBED_HELM_URL"),
                    registry.url() + "/manifests");
            RepoTree generated = FluxRepository.generate(new RepoInputs(config, CATALOG, charts, secrets), sealer);
            RepoTree tree = generated.with(".sops.yaml", sealer.sopsConfig());
            TreeDocs docs = TreeDocs.of(generated);
            laneNamespaces.addAll(LaneCleanup.treeNamespaces());

            // 2. the stand-ins: charts, upstream manifest artifacts, nodes, kube-vip, the Flux controllers' objects
            LanePlan plan = new LanePlan(services, docs);
            List<String> chartNames = StandInCharts.publish(plan, dir, Path.of(env("KUBE_TESTBED_BIN"), "helm"),
                    Path.of(env("KUBE_TESTBED_HELM_DIR")), env("KUBE_TESTBED_HELM_URL"));
            List<String> artifacts = UpstreamStandIns.push(plan, registry, dir);
            makeNodesAndStaticPods(services);
            long prepared = System.nanoTime();

            // 3. publish and bootstrap, as GitOpsPhase does
            String repoUrl = env("KUBE_TESTBED_GIT_URL") + "/real-lane-" + ID + ".git";
            PublishResult published = new GitPublisher(dir.resolve("gitops")).publish(
                    new GitTarget(repoUrl, "main", "", new GitAuth.None()), tree.files(), "real lane " + ID);
            String ageKeyFile = Files.readString(new ClusterFiles(dir).ageKey());
            List<Manifest> install = FluxInstallSource.file(FluxStandIns.installFile(services, dir,
                    Path.of(env("KUBE_TESTBED_CRDS")))).load();
            install.stream().filter(m -> !m.ref().kind().kind().equals("CustomResourceDefinition")
                    && !m.ref().kind().kind().equals("Namespace")).forEach(m -> madeHere.add(m.ref()));
            new FluxBootstrap(kube).install(install, Secret.of(ageKeyFile), new FluxBootstrap.RootSource(repoUrl,
                    "main", RepoLayout.clusterDir(config), Optional.empty()), PATIENCE);
            long bootstrapped = System.nanoTime();

            // 4. the real controllers reconcile; the rollout watches every selected service
            Map<String, Instant> readyAt = new ConcurrentHashMap<>();
            RolloutResult result;
            try (StandInOperators operators = new StandInOperators(kube, plan)) {
                Rollout rollout = new Rollout(kube, services, new RolloutOptions(Duration.ofSeconds(100), Map.of(),
                        Duration.ofSeconds(1), 2), p -> {
                            if (p.state() == ServiceState.READY) {
                                readyAt.putIfAbsent(p.serviceId(), Instant.now());
                            }
                        });
                Cancellation cancel = new Cancellation();
                ScheduledExecutorService deadline = Executors.newSingleThreadScheduledExecutor();
                deadline.schedule(cancel::cancel, DEADLINE.toSeconds(), TimeUnit.SECONDS);
                try {
                    result = rollout.run(cancel);
                } finally {
                    deadline.shutdownNow();
                }
                printTimes(result, readyAt, bootstrapped);
                if (!result.allReady()) {
                    fail("not every service is READY:\n" + describe(result) + "\nstand-in operators' last failure: "
                            + operators.lastFailure());
                }
            }
            long rolledOut = System.nanoTime();

            // 5. what the real controllers accepted
            int kustomizations = 0;
            for (TreeDocs.Doc k : docs.fluxKustomizations()) {
                KubeObject o = kube.get(ObjectRef.namespaced(FluxObjects.KUSTOMIZE_API, "Kustomization",
                        k.namespace(), k.name())).orElseThrow(() -> new AssertionError("no Kustomization " + k.name()));
                assertThat(o.conditionMet("Ready")).as("Kustomization %s Ready: %s", k.name(), o.condition("Ready"))
                        .isTrue();
                kustomizations++;
            }
            assertThat(kube.get(FluxBootstrap.ROOT_SOURCE).orElseThrow().content().toString())
                    .contains("main@sha1:" + published.commitId());
            int releases = 0;
            for (TreeDocs.Doc h : docs.ofKind("HelmRelease")) {
                KubeObject o = kube.get(ObjectRef.namespaced(FluxObjects.HELM_API, "HelmRelease", h.namespace(),
                        h.name())).orElseThrow();
                assertThat(o.conditionMet("Ready")).as("HelmRelease %s Ready: %s", h.name(), o.condition("Ready"))
                        .isTrue();
                releases++;
            }
            assertThat(releases).isEqualTo(chartNames.size());
            int secretValues = 0;
            for (SecretFile s : secrets) {
                secretValues += assertDecrypted(s);
            }

            System.out.printf("real lane: %d services READY of %d; %d Flux Kustomizations Ready (+ the root), %d "
                            + "HelmReleases installed from %d stand-in charts, %d upstream artifacts (%s), %d Secrets "
                            + "(%d values) decrypted by kustomize-controller%n", result.in(ServiceState.READY).size(),
                    services.size(), kustomizations, releases, chartNames.size(), artifacts.size(), artifacts,
                    secrets.size(), secretValues);
            System.out.printf("real lane: stand-ins %.1f s, publish + bootstrap %.1f s, reconcile + rollout %.1f s,"
                            + " total %.1f s%n", secs(prepared - t0), secs(bootstrapped - prepared),
                    secs(rolledOut - bootstrapped), secs(System.nanoTime() - t0));
        }
    }

    /** The plaintext's every value equals the Secret's in the cluster, which only a decryption could give. */
    @SuppressWarnings("unchecked")
    private static int assertDecrypted(SecretFile file) {
        Manifest plain = Manifest.parse(file.plaintextYaml());
        KubeObject live = kube.get(plain.ref()).orElseThrow(() -> new AssertionError(plain.ref()
                + " is not in the cluster: kustomize-controller did not apply " + file.path()));
        Map<String, Object> liveData = (Map<String, Object>) live.content().getOrDefault("data", Map.of());
        Map<String, String> expected = new LinkedHashMap<>();
        ((Map<String, Object>) plain.content().getOrDefault("stringData", Map.of()))
                .forEach((k, v) -> expected.put(k, String.valueOf(v)));
        ((Map<String, Object>) plain.content().getOrDefault("data", Map.of())).forEach((k, v) -> expected.put(k,
                new String(Base64.getDecoder().decode(String.valueOf(v)), StandardCharsets.UTF_8)));
        assertThat(expected).as("%s has values", file.path()).isNotEmpty();
        expected.forEach((k, v) -> {
            Object b64 = liveData.get(k);
            assertThat(b64).as("%s data.%s", plain.ref(), k).isNotNull();
            // compared without printing either value: they are credentials
            assertThat(new String(Base64.getDecoder().decode(b64.toString()), StandardCharsets.UTF_8).equals(v))
                    .as("%s data.%s equals the PlatformSecrets/cloud-config value", plain.ref(), k).isTrue();
        });
        return expected.size();
    }

    /** Three control-plane nodes without taints (a cluster without workers), and each static pod's stand-in. */
    private static void makeNodesAndStaticPods(List<ServiceDef> services) {
        for (int n = 1; n <= 3; n++) {
            String name = "lane-" + ID + "-control-plane-" + n;
            kube.apply(Manifest.parse("""
                    apiVersion: v1
                    kind: Node
                    metadata:
                      name: %s
                      annotations: {kwok.x-k8s.io/node: fake, node.alpha.kubernetes.io/ttl: "0"}
                      labels:
                        kubernetes.io/hostname: %s
                        kubernetes.io/os: linux
                        kubernetes.io/arch: amd64
                        node-role.kubernetes.io/control-plane: ""
                        type: kwok
                        %s: %s
                    """.formatted(name, name, LaneCleanup.NODE_LABEL, ID)), StandInOperators.MANAGER);
        }
        for (ServiceDef s : services) {
            if (s.chart() != null && "static-pod".equals(s.chart().type())) {
                List<StandIns.Workload> pods = StandIns.workloads(s.health());
                for (int i = 0; i < pods.size(); i++) {
                    Manifest pod = Manifest.parse(StandIns.workload(pods.get(i), StandIns.name(s.id(), pods.get(i), i),
                            pods.get(i).namespace()));
                    kube.apply(pod, StandInOperators.MANAGER);
                    madeHere.add(pod.ref());
                }
            }
        }
    }

    /** Per service: when it was READY, counted from the end of the bootstrap, and how long the rollout watched it. */
    private static void printTimes(RolloutResult result, Map<String, Instant> readyAt, long bootstrapped) {
        Instant start = Instant.now().minusNanos(System.nanoTime() - bootstrapped);
        for (ServiceProgress p : result.services()) {
            Instant at = readyAt.get(p.serviceId());
            System.out.printf("  %-26s %-11s %6.1f s after the bootstrap (watched %5.1f s)%n", p.serviceId(),
                    p.state(), at == null ? Double.NaN : Duration.between(start, at).toMillis() / 1000.0,
                    p.elapsed().toMillis() / 1000.0);
        }
    }

    private static String describe(RolloutResult result) {
        StringBuilder out = new StringBuilder();
        for (ServiceProgress p : result.services()) {
            if (p.state() != ServiceState.READY) {
                out.append("  ").append(p.serviceId()).append(' ').append(p.state()).append(": ").append(p.reason())
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static double secs(long nanos) {
        return nanos / 1e9;
    }

    private static String env(String variable) {
        return System.getenv(variable);
    }
}
