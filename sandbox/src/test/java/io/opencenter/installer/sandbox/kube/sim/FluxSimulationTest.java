package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.opencenter.installer.sandbox.kube.sim.FluxObjects.HELM;
import static io.opencenter.installer.sandbox.kube.sim.FluxObjects.KUSTOMIZE;
import static io.opencenter.installer.sandbox.kube.sim.FluxObjects.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;

/** Flux objects turn Ready at their generation once their dependencies are, and say DependencyNotReady until then. */
@EnableKubernetesMockClient(crud = true)
class FluxSimulationTest {
    private static final String FLUX = "flux-system";
    KubernetesClient client;
    private SimBed bed;
    private FluxObjects flux;

    @BeforeEach
    void start() {
        bed = new SimBed(client, Duration.ZERO);
        flux = new FluxObjects(client).installCrds();
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void aChainSettlesInOrderAndAMissingDependencyHoldsItsDependents() {
        flux.create(SOURCE, "v1", "OCIRepository", FLUX, "platform", Map.of("url", "oci://registry.example/p"));
        Map<String, Object> source = Map.of("kind", "OCIRepository", "name", "platform");
        flux.create(KUSTOMIZE, "v1", "Kustomization", FLUX, "infra", Map.of("sourceRef", source, "path", "./infra"));
        flux.create(KUSTOMIZE, "v1", "Kustomization", FLUX, "apps", Map.of("sourceRef", source, "path", "./apps",
                "dependsOn", List.of(Map.of("name", "infra"))));
        flux.create(KUSTOMIZE, "v1", "Kustomization", FLUX, "monitoring", Map.of("sourceRef", source,
                "dependsOn", List.of(Map.of("name", "missing"))));
        bed.tick();

        assertReady(flux.get(SOURCE, "v1", "OCIRepository", FLUX, "platform"), "True", "Succeeded");
        assertReady(flux.get(KUSTOMIZE, "v1", "Kustomization", FLUX, "infra"), "True", "ReconciliationSucceeded");
        assertReady(flux.get(KUSTOMIZE, "v1", "Kustomization", FLUX, "apps"), "True", "ReconciliationSucceeded");
        var monitoring = flux.get(KUSTOMIZE, "v1", "Kustomization", FLUX, "monitoring");
        assertReady(monitoring, "False", "DependencyNotReady");
        assertThat(FluxObjects.ready(monitoring).get("message"))
                .isEqualTo("dependency 'flux-system/missing' is not ready");

        flux.create(KUSTOMIZE, "v1", "Kustomization", FLUX, "missing", Map.of("sourceRef", source));
        bed.tick();
        assertReady(flux.get(KUSTOMIZE, "v1", "Kustomization", FLUX, "monitoring"), "True", "ReconciliationSucceeded");
    }

    @Test
    void aDependencyInAnotherNamespaceThatIsSuspendedAndNotReadyHoldsTheReleaseUntilItIsResumed() {
        flux.create(SOURCE, "v1", "HelmRepository", "databases", "charts", Map.of("url", "https://charts.example"));
        Map<String, Object> chart = Map.of("spec", Map.of("chart", "postgres",
                "sourceRef", Map.of("kind", "HelmRepository", "name", "charts", "namespace", "databases")));
        flux.create(HELM, "v2", "HelmRelease", "databases", "db", Map.of("chart", chart, "suspend", true));
        flux.create(HELM, "v2", "HelmRelease", "apps", "app", Map.of("chart", chart,
                "dependsOn", List.of(Map.of("name", "db", "namespace", "databases"))));
        bed.tick();

        assertThat(FluxObjects.ready(flux.get(HELM, "v2", "HelmRelease", "databases", "db")))
                .as("a suspended object is left alone").isNull();
        assertReady(flux.get(HELM, "v2", "HelmRelease", "apps", "app"), "False", "DependencyNotReady");

        flux.editSpec(HELM, "v2", "HelmRelease", "databases", "db", Map.of("chart", chart));
        bed.tick();
        assertReady(flux.get(HELM, "v2", "HelmRelease", "databases", "db"), "True", "InstallSucceeded");
        assertReady(flux.get(HELM, "v2", "HelmRelease", "apps", "app"), "True", "InstallSucceeded");
    }

    @Test
    void aMissingSourceIsAnArtifactFailureAndAnyServedVersionIsReconciled() {
        flux.create(KUSTOMIZE, "v1", "Kustomization", FLUX, "orphan",
                Map.of("sourceRef", Map.of("kind", "OCIRepository", "name", "manifests")));
        bed.tick();
        var orphan = flux.get(KUSTOMIZE, "v1", "Kustomization", FLUX, "orphan");
        assertReady(orphan, "False", "ArtifactFailed");
        assertThat(FluxObjects.ready(orphan).get("message"))
                .isEqualTo("Source 'OCIRepository/flux-system/manifests' not found");

        flux.create(SOURCE, "v1beta2", "OCIRepository", FLUX, "manifests", Map.of("url", "oci://registry.example/m"));
        bed.tick();
        assertReady(flux.get(SOURCE, "v1beta2", "OCIRepository", FLUX, "manifests"), "True", "Succeeded");
        assertReady(flux.get(KUSTOMIZE, "v1", "Kustomization", FLUX, "orphan"), "True", "ReconciliationSucceeded");
    }

    @Test
    void theObservedGenerationFollowsASpecChangeAndAConvergedObjectIsNotWrittenAgain() {
        flux.create(SOURCE, "v1", "GitRepository", FLUX, "platform", Map.of("url", "ssh://git.example/a"));
        bed.tick();
        var first = flux.get(SOURCE, "v1", "GitRepository", FLUX, "platform");
        bed.tick();
        assertThat(flux.get(SOURCE, "v1", "GitRepository", FLUX, "platform").getMetadata().getResourceVersion())
                .isEqualTo(first.getMetadata().getResourceVersion());

        flux.editSpec(SOURCE, "v1", "GitRepository", FLUX, "platform", Map.of("url", "ssh://git.example/b"));
        bed.tick();
        var changed = flux.get(SOURCE, "v1", "GitRepository", FLUX, "platform");
        assertThat(changed.getMetadata().getGeneration()).isEqualTo(2L);
        assertThat(((Map<?, ?>) changed.getAdditionalProperties().get("status")).get("observedGeneration"))
                .isEqualTo(2);
        assertThat(FluxObjects.ready(changed).get("observedGeneration")).isEqualTo(2);
    }

    private static void assertReady(GenericKubernetesResource o, String status, String reason) {
        Map<String, Object> ready = FluxObjects.ready(o);
        assertThat(ready).as(o.getKind() + " " + o.getMetadata().getName() + " has a Ready condition").isNotNull();
        assertThat(ready.get("status")).as(o.getMetadata().getName() + " Ready").isEqualTo(status);
        assertThat(ready.get("reason")).isEqualTo(reason);
        assertThat(ready.get("observedGeneration")).isEqualTo(o.getMetadata().getGeneration().intValue());
    }
}
