package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.opencenter.installer.platform.Catalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.opencenter.installer.sandbox.kube.sim.FluxObjects.KUSTOMIZE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kind the repository uses is served only when a release its Kustomization depends on ships that API group and has
 * delivered; with the kind, version and scope the repository's object has.
 */
@EnableKubernetesMockClient(crud = true)
class ShippedCrdsTest {
    private static final String FLUX = "flux-system";
    KubernetesClient client;
    private FluxObjects flux;
    private ShippedCrds shipped;

    @BeforeEach
    void start() {
        flux = new FluxObjects(client).installCrds();
        shipped = new ShippedCrds(new SimContext(client, null, null, SimulatorOptions.defaults(),
                new SimulatorFaults()), Catalog.builtIn());
        flux.create(KUSTOMIZE, "v1", "Kustomization", FLUX, "cert-manager", Map.of("path", "./cert-manager"));
        flux.create(KUSTOMIZE, "v1", "Kustomization", FLUX, "cluster-issuers", Map.of("path", "./issuers",
                "dependsOn", List.of(Map.of("name", "cert-manager"))));
        flux.create(KUSTOMIZE, "v1", "Kustomization", FLUX, "http-routes", Map.of("path", "./routes",
                "dependsOn", List.of(Map.of("name", "cluster-issuers"))));
        flux.create(KUSTOMIZE, "v1", "Kustomization", FLUX, "stray", Map.of("path", "./stray"));
    }

    @Test
    void aGroupIsServedOnlyThroughDependsOnAndOnlyOnceItsOwnerDelivered() {
        var issuers = flux.get(KUSTOMIZE, "v1", "Kustomization", FLUX, "cluster-issuers");
        assertThat(shipped.supply(issuers, "cert-manager.io/v1", "ClusterIssuer", false))
                .as("cert-manager's chart is not installed yet").isFalse();
        assertThat(crd("clusterissuers.cert-manager.io")).isNull();

        client.apiextensions().v1().customResourceDefinitions().resource(crd("certificates.cert-manager.io",
                "Certificate", "v1", true)).create(); // what cert-manager's release delivers

        assertThat(shipped.supply(flux.get(KUSTOMIZE, "v1", "Kustomization", FLUX, "stray"), "cert-manager.io/v1",
                "ClusterIssuer", false)).as("no dependsOn on cert-manager: fails as with real Flux").isFalse();
        assertThat(shipped.supply(issuers, "cert-manager.io/v1", "ClusterIssuer", false)).isTrue();
        CustomResourceDefinition served = crd("clusterissuers.cert-manager.io");
        assertThat(served.getSpec().getScope()).isEqualTo("Cluster");
        assertThat(served.getSpec().getNames().getKind()).isEqualTo("ClusterIssuer");
        assertThat(served.getSpec().getVersions()).extracting(CustomResourceDefinitionVersion::getName)
                .containsExactly("v1");
        assertThat(shipped.supply(flux.get(KUSTOMIZE, "v1", "Kustomization", FLUX, "http-routes"),
                "cert-manager.io/v1", "Certificate", true)).as("through a dependency's dependency").isTrue();
        assertThat(shipped.supply(issuers, "v1", "ConfigMap", true)).as("the core group").isFalse();
    }

    @Test
    void theKindASimulatedReleaseGuessedYieldsToTheRepositorysAndAMissingVersionIsAdded() {
        flux.create(KUSTOMIZE, "v1", "Kustomization", FLUX, "postgres-operator", Map.of("path", "./pg"));
        flux.create(KUSTOMIZE, "v1", "Kustomization", FLUX, "keycloak-postgres", Map.of("path", "./db",
                "dependsOn", List.of(Map.of("name", "postgres-operator"))));
        client.apiextensions().v1().customResourceDefinitions().resource(crd("postgresqls.acid.zalan.do",
                "Postgresql", "v1", true)).create();
        var db = flux.get(KUSTOMIZE, "v1", "Kustomization", FLUX, "keycloak-postgres");

        assertThat(shipped.supply(db, "acid.zalan.do/v1", "postgresql", true)).isTrue();
        assertThat(shipped.supply(db, "acid.zalan.do/v2", "postgresql", true)).isTrue();

        CustomResourceDefinition crd = crd("postgresqls.acid.zalan.do");
        assertThat(crd.getSpec().getNames().getKind()).isEqualTo("postgresql");
        assertThat(crd.getSpec().getVersions()).extracting(CustomResourceDefinitionVersion::getName)
                .containsExactly("v1", "v2");
    }

    @Test
    void pluralsAreTheApiServersNames() {
        assertThat(ShippedCrds.plural("ClusterIssuer")).isEqualTo("clusterissuers");
        assertThat(ShippedCrds.plural("postgresql")).isEqualTo("postgresqls");
        assertThat(ShippedCrds.plural("ClusterPolicy")).isEqualTo("clusterpolicies");
        assertThat(ShippedCrds.plural("EnvoyProxy")).isEqualTo("envoyproxies");
        assertThat(ShippedCrds.plural("Gateway")).isEqualTo("gateways");
    }

    private CustomResourceDefinition crd(String name) {
        return client.apiextensions().v1().customResourceDefinitions().withName(name).get();
    }

    private static CustomResourceDefinition crd(String name, String kind, String version, boolean simulated) {
        int dot = name.indexOf('.');
        return new CustomResourceDefinitionBuilder().withNewMetadata().withName(name)
                .withLabels(simulated ? Map.of(SimulatedFluxInstall.SIMULATED_LABEL, "true") : Map.of())
                .endMetadata().withNewSpec().withGroup(name.substring(dot + 1)).withScope("Namespaced")
                .withNewNames().withKind(kind).withPlural(name.substring(0, dot)).endNames().addNewVersion()
                .withName(version).withServed(true).withStorage(true).endVersion().endSpec().build();
    }
}
