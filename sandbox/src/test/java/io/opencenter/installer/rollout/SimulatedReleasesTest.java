package io.opencenter.installer.rollout;

import io.opencenter.installer.health.ProbeTargets;
import io.opencenter.installer.kube.ApiKind;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.ObjectRef;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.ServiceDef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's simulated Flux delivering catalog services (what a chart or the repository's manifests would put in
 * the cluster, simulated): the probes' workloads and CRDs, a custom resource with its condition, a failure while its
 * CRD is missing, and a reconcile request handled. Ticked by hand.
 */
class SimulatedReleasesTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    @TempDir
    Path dir;
    private SimulatedPlatform platform;

    @BeforeEach
    void start() {
        platform = new SimulatedPlatform(dir, false);
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aHelmReleaseNamedAfterAServiceDeliversItsWorkloadsItsPartsAndItsCrds() {
        platform.installPlatform(List.of(service("harbor")));
        platform.tick();
        platform.tick();

        ApiKind deployment = new ApiKind("apps", "v1", "Deployment");
        KubeObject core = platform.kube.list(deployment, "harbor", "app=harbor,component=core").get(0);
        assertThat(core.ref().name()).isEqualTo("harbor-core");
        assertThat(core.content().toString()).contains("sandbox.registry.opencenter.invalid/harbor/harbor-core:1.17.2");
        assertThat(platform.kube.list(deployment, "harbor", "app=harbor,component=registry"))
                .as("its part, which has no release of its own").hasSize(1);
        assertThat(platform.kube.list(new ApiKind("apps", "v1", "StatefulSet"), "harbor",
                "app=harbor,component=trivy")).hasSize(1);
        assertThat(ready(new ObjectRef(ProbeTargets.HELM_RELEASE, "harbor", "harbor"))).isEqualTo("True");
    }

    @Test
    void aCustomResourceWhoseCrdIsMissingFailsTheKustomizationUntilTheCrdComes() {
        platform.installPlatform(List.of(service("http-routes")));
        platform.tick();
        ObjectRef routes = new ObjectRef(ProbeTargets.KUSTOMIZATION, "flux-system", "http-routes");
        assertThat(condition(routes)).containsEntry("status", "False").containsEntry("reason", "ReconciliationFailed")
                .containsEntry("message", "no matches for kind \"Gateway\" in version \"gateway.networking.k8s.io/v1\" "
                        + "(is its CRD installed?)");

        platform.installPlatform(List.of(service("gateway-controller"))); // delivers the Gateway API CRDs
        platform.tick();
        platform.tick();
        assertThat(ready(routes)).isEqualTo("True");
        KubeObject gateway = platform.kube.get(new ObjectRef(new ApiKind("gateway.networking.k8s.io", "v1", "Gateway"),
                "gateway-system", "opencenter")).orElseThrow();
        assertThat(gateway.conditionMet("Programmed")).isTrue();
    }

    @Test
    void aReconcileRequestIsHandledAndRedeliversWhatWasDeleted() {
        platform.installPlatform(List.of(service("velero")));
        platform.tick();
        ObjectRef release = new ObjectRef(ProbeTargets.HELM_RELEASE, "velero", "velero");
        ObjectRef deployment = ObjectRef.namespaced("apps/v1", "Deployment", "velero", "velero");
        assertThat(platform.kube.delete(deployment)).isTrue();
        platform.tick();
        assertThat(platform.kube.get(deployment)).as("not redelivered without a request").isEmpty();

        new ReconcileRequest(platform.kube).request(release, java.time.Instant.parse("2026-12-07T10:00:00Z"));
        platform.tick();

        assertThat(platform.kube.get(deployment)).isPresent();
        Map<?, ?> status = (Map<?, ?>) platform.kube.get(release).orElseThrow().content().get("status");
        assertThat(status.get("lastHandledReconcileAt")).isEqualTo("2026-12-07T10:00:00Z");
    }

    private static ServiceDef service(String id) {
        return CATALOG.service(id).orElseThrow();
    }

    private String ready(ObjectRef ref) {
        return (String) condition(ref).get("status");
    }

    private Map<String, Object> condition(ObjectRef ref) {
        KubeObject o = platform.kube.get(ref).orElseThrow();
        var c = o.condition("Ready").orElseThrow();
        return Map.of("status", c.status(), "reason", c.reason(), "message", c.message());
    }
}
