package io.opencenter.installer.rollout;

import io.opencenter.installer.health.ProbeEvaluator;
import io.opencenter.installer.health.ProbeResult;
import io.opencenter.installer.health.ProbeState;
import io.opencenter.installer.kube.ApplyOptions;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.platform.ServiceDef.HealthProbe;
import io.opencenter.installer.sandbox.kube.sim.Fault;
import io.opencenter.installer.sandbox.kube.sim.WorkloadKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog's probes judged on the sandbox's simulated cluster through the port: what is missing says what, a kind
 * whose CRD is not installed is MISSING rather than an error, and a workload or Flux object that is not ready says
 * why in the words of its pods, conditions and Warning events. One cluster for the class; each test uses objects of
 * its own.
 */
class ProbeEvaluatorSandboxTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    @TempDir
    static Path dir;
    private static SimulatedPlatform platform;
    private static ProbeEvaluator evaluator;

    @BeforeAll
    static void start() {
        platform = new SimulatedPlatform(dir, false);
        evaluator = new ProbeEvaluator(platform.kube);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aKindWhoseCrdIsNotInstalledIsMissingNotAnError() {
        ProbeResult r = evaluator.evaluate(new HealthProbe("condition", "Keycloak", null, "keycloak", "keycloak", null,
                "Ready", "k8s.keycloak.org/v2alpha1"));
        assertThat(r.state()).isEqualTo(ProbeState.MISSING);
        assertThat(r.reason()).isEqualTo("Keycloak keycloak/keycloak Ready: its kind is not served yet (CRD not installed)");
        assertThat(evaluator.evaluate(new HealthProbe("crd", null, null, null, "keycloaks.k8s.keycloak.org", null, null)))
                .isEqualTo(ProbeResult.missing("CRD keycloaks.k8s.keycloak.org is not installed yet"));
    }

    @Test
    void aWorkloadThatIsNotThereIsMissingAndOneThatRunsIsReady() {
        HealthProbe probe = new HealthProbe("workload", "Deployment", null, "probe-a", null, "app=web,tier=front",
                null);
        assertThat(evaluator.evaluate(probe))
                .isEqualTo(ProbeResult.missing("no Deployment in probe-a with app=web,tier=front yet"));

        platform.apply("{apiVersion: v1, kind: Namespace, metadata: {name: probe-a}}");
        platform.apply(deployment("probe-a", "web", "app: web, tier: front"));
        ProbeResult ready = eventually(() -> evaluator.evaluate(probe), ProbeState.READY);
        assertThat(ready.reason()).isEqualTo("Deployment probe-a/web: 1/1 ready");
        // another Deployment without the selector's labels is not looked at
        platform.apply(deployment("probe-a", "other", "app: other"));
        assertThat(evaluator.evaluate(probe).reason()).isEqualTo("Deployment probe-a/web: 1/1 ready");
    }

    @Test
    void podsThatCannotPullTheirImageMakeTheWorkloadDegradedWithThePodsOwnWords() {
        platform.apply("{apiVersion: v1, kind: Namespace, metadata: {name: probe-b}}");
        platform.faults().inject("probe-b", WorkloadKind.DEPLOYMENT, "core", Fault.IMAGE_PULL_BACK_OFF);
        platform.apply(deployment("probe-b", "core", "app: core"));
        HealthProbe probe = new HealthProbe("workload", "Deployment", null, "probe-b", null, "app=core", null);

        ProbeResult r = eventually(() -> evaluator.evaluate(probe), ProbeState.DEGRADED);

        assertThat(r.reason()).startsWith("Deployment probe-b/core: 0/1 ready; pod core-")
                .endsWith(" ImagePullBackOff: Back-off pulling image \"registry.sandbox.invalid/core:1.0\"");
    }

    @Test
    void unschedulablePodsAreProgressingWithTheSchedulersMessage() {
        platform.apply("{apiVersion: v1, kind: Namespace, metadata: {name: probe-c}}");
        platform.faults().inject("probe-c", WorkloadKind.DEPLOYMENT, "big", Fault.PENDING);
        platform.apply(deployment("probe-c", "big", "app: big"));
        HealthProbe probe = new HealthProbe("workload", "Deployment", null, "probe-c", null, "app=big", null);

        ProbeResult r = eventually(() -> evaluator.evaluate(probe),
                () -> evaluator.evaluate(probe).reason().contains("Unschedulable"));

        assertThat(r.state()).isEqualTo(ProbeState.PROGRESSING);
        assertThat(r.reason()).contains("not scheduled: False (Unschedulable: 0/3 nodes are available");
    }

    @Test
    void aFailedHelmReleaseIsDegradedWithItsConditionAndItsLatestWarningEvent() {
        platform.installPlatform(List.of()); // Flux's CRDs and controllers, no service
        platform.apply("{apiVersion: v1, kind: Namespace, metadata: {name: probe-d}}");
        // suspended: the simulated Flux leaves it alone, the test writes its status as helm-controller would
        platform.apply("""
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata: {name: shop, namespace: probe-d}
                spec: {suspend: true, interval: 10m, chart: {spec: {chart: shop, sourceRef: {kind: HelmRepository, name: x}}}}
                """);
        platform.kube.applyStatus(Manifest.parse("""
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata: {name: shop, namespace: probe-d}
                status:
                  conditions:
                  - {type: Ready, status: "False", reason: InstallFailed, observedGeneration: 1,
                     lastTransitionTime: "2026-01-01T00:00:00Z", message: "context deadline exceeded"}
                """), ApplyOptions.DEFAULT);
        for (String[] e : List.of(new String[] {"shop.1", "Progressing", "2026-01-01T00:00:00Z", "Normal"},
                new String[] {"shop.2", "InstallFailed", "2026-01-01T00:05:00Z", "Warning"},
                new String[] {"shop.3", "UpgradeFailed", "2026-01-01T00:01:00Z", "Warning"})) {
            platform.apply("""
                    apiVersion: v1
                    kind: Event
                    metadata: {name: %s, namespace: probe-d}
                    involvedObject: {apiVersion: helm.toolkit.fluxcd.io/v2, kind: HelmRelease, namespace: probe-d, name: shop}
                    type: %s
                    reason: %s
                    message: "Helm install failed for release probe-d/shop: %s"
                    lastTimestamp: "%s"
                    source: {component: helm-controller}
                    """.formatted(e[0], e[3], e[1], e[1], e[2]));
        }

        ProbeResult r = evaluator.evaluate(new HealthProbe("flux", null, "HelmRelease", "probe-d", "shop", null,
                null));

        assertThat(r).isEqualTo(ProbeResult.degraded("HelmRelease probe-d/shop: Ready=False (InstallFailed: context "
                + "deadline exceeded); Warning InstallFailed: Helm install failed for release probe-d/shop: "
                + "InstallFailed"));
    }

    @Test
    void aServiceIsReadyOnlyWhenEveryProbeIs() {
        ServiceDef velero = CATALOG.service("velero").orElseThrow();
        ProbeResult before = evaluator.evaluate(velero);
        assertThat(before.state()).isEqualTo(ProbeState.MISSING);

        platform.installPlatform(List.of(velero));
        ProbeResult after = eventually(() -> evaluator.evaluate(velero), ProbeState.READY);
        assertThat(after.reason()).contains("HelmRelease velero/velero: Ready")
                .contains("Deployment velero/velero: 1/1 ready").contains("CRD backups.velero.io established");
    }

    private static String deployment(String ns, String name, String labels) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: %2$s, namespace: %1$s, labels: {%3$s}}
                spec:
                  replicas: 1
                  selector: {matchLabels: {%3$s}}
                  template:
                    metadata: {labels: {%3$s}}
                    spec: {containers: [{name: %2$s, image: "registry.sandbox.invalid/%2$s:1.0"}]}
                """.formatted(ns, name, labels);
    }

    private static ProbeResult eventually(Supplier<ProbeResult> check, ProbeState state) {
        return eventually(check, () -> check.get().state() == state);
    }

    /** Ticks the simulator until the check says it got there (a few ticks: the simulator settles a chain per tick). */
    private static ProbeResult eventually(Supplier<ProbeResult> check, Supplier<Boolean> done) {
        for (int tick = 0; tick < 10 && !done.get(); tick++) {
            platform.tick();
        }
        ProbeResult last = check.get();
        assertThat(done.get()).as("the simulated cluster got there within 10 ticks; last: %s", last).isTrue();
        return last;
    }
}
