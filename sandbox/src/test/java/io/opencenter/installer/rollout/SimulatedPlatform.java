package io.opencenter.installer.rollout;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.opencenter.installer.kube.ApplyOptions;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.Kubeconfigs;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.kube.client.KubeConnector;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.platform.ServiceDef.HealthProbe;
import io.opencenter.installer.sandbox.kube.SandboxKubernetes;
import io.opencenter.installer.sandbox.kube.sim.CloudServer;
import io.opencenter.installer.sandbox.kube.sim.ClusterCloud;
import io.opencenter.installer.sandbox.kube.sim.ClusterSimulator;
import io.opencenter.installer.sandbox.kube.sim.SimulatorFaults;
import io.opencenter.installer.sandbox.kube.sim.SimulatorOptions;
import io.opencenter.installer.spec.ClusterConfigs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A sandbox cluster for rollout tests: the simulated API server on 127.0.0.1 (plain HTTP, no state file), three Ready
 * nodes (control plane {@code demo-control-plane-1}, workers {@code demo-default-1/2}) and the simulator, ticking in
 * the background or by hand; the installer reaches it through its own port ({@link #kube}).
 *
 * <p>{@link #installPlatform} stands in for what the GitOps phase will apply (the gitops generator is written
 * elsewhere): the namespaces, Flux's controllers and CRDs (as the Flux install would), kube-vip's mirror pod (as the
 * bootstrap's static pod), and per service the Flux objects its probes name, HelmRelease or Kustomization, with the
 * catalog's chart. No dependsOn between them: the simulated Flux delivers whatever it is given, and a release whose
 * CRD is not there yet fails and is retried, as with real Flux; the rollout waits in the catalog's order.
 */
final class SimulatedPlatform implements AutoCloseable {

    private static final Duration TICK = Duration.ofMillis(100);

    private final SandboxKubernetes.Running server;
    private final KubernetesClient simulatorClient;
    private final ClusterSimulator simulator;
    final KubeCluster kube;

    /** The simulator ticking in the background (what a rollout, running on the test's thread, needs). */
    SimulatedPlatform(Path dir) {
        this(dir, true);
    }

    /** @param background false: the simulator moves only when the test calls {@link #tick()} */
    SimulatedPlatform(Path dir, boolean background) {
        this(dir, background, Map.of());
    }

    /** @param releaseDelays per catalog service, how long its simulated release takes (the rollout benchmark's) */
    SimulatedPlatform(Path dir, boolean background, Map<String, Duration> releaseDelays) {
        server = SandboxKubernetes.start(null, "demo", "1.35.4", null);
        Path kubeconfig = Kubeconfigs.write(dir.resolve("kubeconfig"), server.apiUrl(), null, "not-checked");
        simulatorClient = KubeConnector.fabric8(kubeconfig);
        simulator = new ClusterSimulator(simulatorClient, new ThreeServers(), ClusterConfigs.sandboxDefault(),
                new SimulatorOptions(Duration.ZERO, Clock.systemUTC(), releaseDelays));
        if (background) {
            simulator.start(TICK);
        }
        kube = KubeConnector.connect(kubeconfig);
    }

    /** One reconciliation pass of the simulator (for a test that moves it by hand). */
    void tick() {
        simulator.tick();
    }

    SimulatorFaults faults() {
        return simulator.faults();
    }

    /** Everything the rollout of {@code services} will look for comes from here or from the simulated Flux. */
    void installPlatform(List<ServiceDef> services) {
        Set<String> namespaces = new LinkedHashSet<>(List.of("flux-system"));
        services.forEach(s -> namespaces.add(s.namespace()));
        namespaces.forEach(ns -> apply("{apiVersion: v1, kind: Namespace, metadata: {name: " + ns + "}}"));
        installFlux();
        installKubeVip();
        // an OCI source: the simulated Flux takes it as Ready without fetching (a GitRepository it would read, and
        // only at a file:// URL; GitOpsSandboxTest publishes the real tree that way)
        apply("""
                apiVersion: source.toolkit.fluxcd.io/v1
                kind: OCIRepository
                metadata: {name: flux-system, namespace: flux-system}
                spec: {interval: 1m, url: "oci://registry.sandbox.invalid/platform", ref: {tag: latest}}
                """);
        for (ServiceDef s : services) {
            for (HealthProbe p : s.health()) {
                if ("flux".equals(p.kind()) && "HelmRelease".equals(p.fluxKind())) {
                    helmRelease(s, p);
                } else if ("flux".equals(p.kind())) {
                    apply("""
                            apiVersion: kustomize.toolkit.fluxcd.io/v1
                            kind: Kustomization
                            metadata: {name: %s, namespace: %s}
                            spec: {interval: 10m, path: ./infrastructure/%s, prune: true,
                                   sourceRef: {kind: OCIRepository, name: flux-system}}
                            """.formatted(p.name(), p.namespace(), s.id()));
                }
            }
        }
    }

    /** kube-vip's mirror pod, as the bootstrap's static pod makes it (source-controller's catalog dependency). */
    void installKubeVip() {
        apply("""
                apiVersion: v1
                kind: Pod
                metadata: {name: kube-vip-demo-control-plane-1, namespace: kube-system,
                           labels: {app.kubernetes.io/name: kube-vip}}
                spec:
                  nodeName: demo-control-plane-1
                  hostNetwork: true
                  tolerations: [{operator: Exists}]
                  containers: [{name: kube-vip, image: ghcr.io/kube-vip/kube-vip:v1.0.0}]
                """);
    }

    private void helmRelease(ServiceDef s, HealthProbe p) {
        ServiceDef.Chart chart = s.chart();
        apply("""
                apiVersion: source.toolkit.fluxcd.io/v1
                kind: HelmRepository
                metadata: {name: %s, namespace: flux-system}
                spec: {interval: 1h, url: "%s"}
                """.formatted(s.id(), chart.repository()));
        apply("""
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata: {name: %s, namespace: %s}
                spec:
                  interval: 10m
                  chart:
                    spec:
                      chart: %s
                      %s
                      sourceRef: {kind: HelmRepository, name: %s, namespace: flux-system}
                """.formatted(p.name(), p.namespace(), chart.name(),
                chart.version() == null ? "" : "version: \"" + chart.version() + "\"", s.id()));
    }

    /** Flux's four controllers and its CRDs, as the Flux install puts them in (written here, nothing copied). */
    private void installFlux() {
        List<Manifest> crds = new ArrayList<>();
        crds.add(crd("source.toolkit.fluxcd.io", "GitRepository", "gitrepositories", "v1"));
        crds.add(crd("source.toolkit.fluxcd.io", "HelmRepository", "helmrepositories", "v1"));
        crds.add(crd("source.toolkit.fluxcd.io", "OCIRepository", "ocirepositories", "v1"));
        crds.add(crd("kustomize.toolkit.fluxcd.io", "Kustomization", "kustomizations", "v1"));
        crds.add(crd("helm.toolkit.fluxcd.io", "HelmRelease", "helmreleases", "v2"));
        crds.add(crd("notification.toolkit.fluxcd.io", "Alert", "alerts", "v1beta3"));
        kube.applyCrds(crds, ApplyOptions.DEFAULT, Duration.ofSeconds(30));
        for (String controller : List.of("source-controller", "kustomize-controller", "helm-controller",
                "notification-controller")) {
            apply("""
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: %1$s, namespace: flux-system, labels: {app: %1$s}}
                    spec:
                      replicas: 1
                      selector: {matchLabels: {app: %1$s}}
                      template:
                        metadata: {labels: {app: %1$s}}
                        spec: {containers: [{name: manager, image: "ghcr.io/fluxcd/%1$s:sandbox"}]}
                    """.formatted(controller));
        }
    }

    private static Manifest crd(String group, String kind, String plural, String version) {
        return Manifest.parse("""
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: %3$s.%1$s}
                spec:
                  group: %1$s
                  scope: Namespaced
                  names: {kind: %2$s, plural: %3$s, singular: %4$s, listKind: %2$sList}
                  versions:
                  - name: %5$s
                    served: true
                    storage: true
                    subresources: {status: {}}
                    schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}
                """.formatted(group, kind, plural, kind.toLowerCase(java.util.Locale.ROOT), version));
    }

    void apply(String yaml) {
        kube.apply(Manifest.parse(yaml), ApplyOptions.DEFAULT);
    }

    @Override
    public void close() {
        try (server; simulatorClient; simulator) {
            kube.close();
        }
    }

    /** The cluster's three servers as the sandbox cloud would list them; no volumes (nothing here claims one). */
    private static final class ThreeServers implements ClusterCloud {
        @Override
        public List<CloudServer> servers(String cluster) {
            return List.of(server(1, "demo-control-plane-1"), server(2, "demo-default-1"),
                    server(3, "demo-default-2"));
        }

        private static CloudServer server(int n, String name) {
            return new CloudServer("server-" + n, name, "ACTIVE", "10.20.0." + (10 + n), "nova", "m1.large", 8,
                    16384, null);
        }

        @Override
        public String provision(String name, int sizeGb, Map<String, String> metadata) {
            throw new UnsupportedOperationException("no volumes in the rollout tests");
        }

        @Override
        public Optional<CloudVolume> volume(String volumeId) {
            return Optional.empty();
        }

        @Override
        public void attach(String volumeId, String serverId) {
            throw new UnsupportedOperationException("no volumes in the rollout tests");
        }

        @Override
        public void detach(String volumeId) {
        }

        @Override
        public void delete(String volumeId) {
        }
    }
}
