package io.opencenter.installer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** What the built-in catalog must say, beyond what the spec's text can check (see {@link CatalogSpecDriftTest}). */
class CatalogContentTest {
    private final Catalog catalog = Catalog.builtIn();

    @Test
    void openStackProfileHasTheSpecsFifteenNamespaces() {
        assertThat(catalog.namespaces(Profile.OPENSTACK)).extracting(NamespaceDef::id).containsExactly(
                "flux-system", "olm", "cert-manager", "kyverno", "keycloak", "rbac-manager", "metallb-system",
                "kube-system", "gateway-system", "observability", "cinder-csi", "harbor", "headlamp", "velero",
                "customer-apps");
    }

    @Test
    void genericProfileSwapsCinderForLonghornAndHasNoCloudController() {
        assertThat(catalog.namespaces(Profile.GENERIC)).extracting(NamespaceDef::id)
                .contains("longhorn-system").doesNotContain("cinder-csi").hasSize(15);
        assertThat(catalog.services(Profile.GENERIC)).extracting(ServiceDef::id)
                .contains("longhorn", "kube-vip")
                .doesNotContain("cinder-csi", "external-snapshotter", "openstack-ccm");
        assertThat(catalog.services(Profile.OPENSTACK)).extracting(ServiceDef::id)
                .contains("cinder-csi", "external-snapshotter", "openstack-ccm").doesNotContain("longhorn");
        assertThat(catalog.providers(Catalog.STORAGE, Profile.GENERIC)).extracting(ServiceDef::id).containsExactly("longhorn");
        assertThat(catalog.providers(Catalog.STORAGE, Profile.OPENSTACK)).extracting(ServiceDef::id).containsExactly("cinder-csi");
    }

    @Test
    void storageDependencyResolvesPerProfile() {
        assertThat(catalog.dependencies("velero", Profile.OPENSTACK)).contains("cinder-csi").doesNotContain("longhorn");
        assertThat(catalog.dependencies("velero", Profile.GENERIC)).contains("longhorn").doesNotContain("cinder-csi");
    }

    @Test
    void kyvernoCarriesThe17PodSecurityStandardsPolicies() {
        List<String> baseline = List.of("disallow-capabilities", "disallow-host-namespaces", "disallow-host-path",
                "disallow-host-ports", "disallow-host-process", "disallow-privileged-containers", "disallow-proc-mount",
                "disallow-selinux", "restrict-apparmor-profiles", "restrict-seccomp", "restrict-sysctls");
        List<String> restricted = List.of("disallow-capabilities-strict", "disallow-privilege-escalation",
                "require-run-as-non-root-user", "require-run-as-nonroot", "restrict-seccomp-strict",
                "restrict-volume-types");
        List<String> policies = catalog.service("kyverno").orElseThrow().policies();

        assertThat(baseline).hasSize(11);
        assertThat(restricted).hasSize(6);
        assertThat(policies).hasSize(17).containsAll(baseline).containsAll(restricted);
        assertThat(catalog.services()).filteredOn(s -> !s.id().equals("kyverno"))
                .allMatch(s -> s.policies().isEmpty(), "only Kyverno ships policies");
    }

    @Test
    void requiredAndOptionalFollowWhatTheClusterCannotDoWithout() {
        assertThat(catalog.knownServices().required()).contains("source-controller", "kustomize-controller",
                "helm-controller", "notification-controller", "olm", "cert-manager", "cluster-issuers", "kyverno",
                "kyverno-webhook", "kube-vip", "openstack-ccm", "cinder-csi", "external-snapshotter", "longhorn",
                "metallb", "metallb-speaker", "gateway-controller", "http-routes", "rbac-manager");
        assertThat(catalog.knownServices().optional()).contains("velero", "harbor", "harbor-trivy", "headlamp",
                "headlamp-branding", "prometheus", "grafana", "alertmanager", "loki", "promtail", "tempo",
                "otel-collector", "kafka", "keycloak", "rbac-bindings", "customer-apps");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void everyServiceRunsAfterFluxExceptTheBootstrapOnes(Profile profile) {
        for (ServiceDef s : catalog.services(profile)) {
            Set<String> upstream = transitiveDependencies(s.id(), profile);
            if (s.id().equals("kube-vip")) {
                assertThat(upstream).isEmpty();
            } else if (s.chart() != null && s.chart().type().equals("flux-install")) {
                assertThat(upstream).contains("kube-vip");
            } else {
                assertThat(upstream).as(s.id() + " after Flux").contains("source-controller", "kustomize-controller");
            }
            if (s.chart() != null && s.chart().type().equals("helm")) {
                assertThat(upstream).as(s.id() + " is a HelmRelease").contains("helm-controller");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void everyServiceWithVolumesRunsAfterTheStorageBackend(Profile profile) {
        String backend = catalog.providers(Catalog.STORAGE, profile).get(0).id();
        assertThat(catalog.services(profile)).filteredOn(s -> !s.storage().isEmpty())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(transitiveDependencies(s.id(), profile)).as(s.id()).contains(backend));
    }

    @Test
    void dependenciesTheIssueAndReferenceAskFor() {
        Profile p = Profile.OPENSTACK;
        for (String needsCertificates : List.of("cluster-issuers", "http-routes", "keycloak", "harbor", "otel-collector")) {
            assertThat(transitiveDependencies(needsCertificates, p)).as(needsCertificates).contains("cert-manager");
        }
        for (String operatorManaged : List.of("keycloak", "prometheus", "kafka")) {
            assertThat(transitiveDependencies(operatorManaged, p)).as(operatorManaged).contains("olm");
        }
        assertThat(transitiveDependencies("http-routes", p)).contains("metallb", "gateway-controller");
        assertThat(transitiveDependencies("keycloak", p)).contains("http-routes", "postgres-operator",
                "keycloak-postgres", "keycloak-operator");
        assertThat(transitiveDependencies("headlamp", p)).contains("keycloak", "http-routes");
        for (String ingest : List.of("otel-collector", "loki", "tempo")) {
            assertThat(transitiveDependencies(ingest, p)).as(ingest).contains("kafka");
        }
        assertThat(transitiveDependencies("cinder-csi", p)).contains("external-snapshotter", "openstack-ccm");
        assertThat(transitiveDependencies("customer-apps", p)).contains("http-routes", "kyverno-webhook");
    }

    @Test
    void orderingHintsPlaceKeycloakBeforeTheBindingsAndKafkaBeforePrometheus() {
        List<String> order = catalog.rolloutOrder(catalog.select(Profile.OPENSTACK, List.of()))
                .stream().map(ServiceDef::id).toList();
        assertThat(order.indexOf("keycloak")).isLessThan(order.indexOf("rbac-bindings"));
        assertThat(order.indexOf("kafka")).isLessThan(order.indexOf("prometheus"));
        assertThat(order.indexOf("prometheus")).isLessThan(order.indexOf("harbor"));
        assertThat(order.indexOf("prometheus")).isLessThan(order.indexOf("rbac-manager"));
    }

    @Test
    void chartVersionsComeFromTheReference() {
        Map<String, String> versions = Map.ofEntries(
                Map.entry("cert-manager", "cert-manager@v1.18.2"),
                Map.entry("olm", "olm@v0.34.0"),
                Map.entry("postgres-operator", "postgres-operator@1.14.0"),
                Map.entry("rbac-manager", "rbac-manager@1.21.1"),
                Map.entry("kyverno", "kyverno@3.6.0"),
                Map.entry("headlamp", "headlamp@0.35.0"),
                Map.entry("openstack-ccm", "openstack-cloud-controller-manager@2.33.1"),
                Map.entry("cinder-csi", "openstack-cinder-csi@2.33.1"),
                Map.entry("external-snapshotter", "external-snapshotter@v8.2.1"),
                Map.entry("prometheus", "kube-prometheus-stack@77.6.0"),
                Map.entry("loki", "loki@6.45.2"),
                Map.entry("tempo", "tempo-distributed@1.55.0"),
                Map.entry("otel-collector", "opentelemetry-kube-stack@0.11.1"),
                Map.entry("strimzi-operator", "strimzi-kafka-operator@0.49.1"),
                Map.entry("metallb", "metallb@0.15.2"),
                Map.entry("harbor", "harbor@1.17.2"),
                Map.entry("velero", "velero@10.1.1"));
        versions.forEach((id, expected) -> {
            ServiceDef.Chart chart = catalog.service(id).orElseThrow().chart();
            assertThat(chart.name() + "@" + chart.version()).as(id).isEqualTo(expected);
        });
        assertThat(catalog.service("keycloak").orElseThrow().chart().appVersion()).isEqualTo("26.3.0");
    }

    @Test
    void everyHelmChartPinsAVersion() {
        // a HelmRelease must pin one (gitops.FluxRepository refuses a Helm service without it)
        assertThat(catalog.services()).filteredOn(s -> s.chart() != null && s.chart().type().equals("helm"))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.chart().version()).as(s.id()).isNotBlank());
        assertThat(catalog.service("gateway-controller").orElseThrow().chart().version()).isEqualTo("v1.7.4");
    }

    @Test
    void theCloudProviderIsTheBootstrapsManifestsUnderFluxNotASecondHelmRelease() {
        for (String id : List.of("openstack-ccm", "cinder-csi")) {
            ServiceDef s = catalog.service(id).orElseThrow();
            assertThat(s.chart().type()).as(id).isEqualTo("kustomize");
            assertThat(s.chart().repository()).as(id).isNull();
            assertThat(s.chart().appVersion()).as(id + ": the image tag the bootstrap runs").isEqualTo("v1.33.1");
            assertThat(s.health()).as(id).anyMatch(p -> p.kind().equals("flux")
                    && p.fluxKind().equals("Kustomization") && p.name().equals(id));
            assertThat(s.dependsOn()).as(id).contains("kustomize-controller").doesNotContain("helm-controller");
        }
    }

    @Test
    void partsBelongToAnOwnerOfTheSameProfiles() {
        assertThat(catalog.parts("harbor")).extracting(ServiceDef::id).containsExactly("harbor-registry", "harbor-trivy");
        assertThat(catalog.parts("kyverno")).extracting(ServiceDef::id).containsExactly("kyverno-webhook");
        for (ServiceDef part : catalog.services()) {
            if (part.isPart()) {
                ServiceDef owner = catalog.service(part.partOf()).orElseThrow();
                assertThat(owner.profiles()).containsAll(part.profiles());
                assertThat(part.chart() != null || part.dependsOn().contains(owner.id()))
                        .as(part.id() + " is delivered by its owner's release, so it waits for it").isTrue();
            }
        }
    }

    @Test
    void storageClaimsAreCountedForQuotaPreflight() {
        for (String id : List.of("prometheus", "alertmanager", "grafana", "loki", "tempo", "kafka",
                "keycloak-postgres", "harbor", "harbor-registry", "harbor-trivy")) {
            ServiceDef s = catalog.service(id).orElseThrow();
            assertThat(s.storageGb()).as(id + " GB").isPositive();
            assertThat(s.volumeCount()).as(id + " volumes").isPositive();
        }
        assertThat(catalog.service("prometheus").orElseThrow().storageGb()).isEqualTo(100);   // 2 × 50
        assertThat(catalog.service("loki").orElseThrow().volumeCount()).isEqualTo(6);         // 3 write + 3 backend
        assertThat(catalog.service("velero").orElseThrow().storage()).isEmpty();             // object storage
    }

    @Test
    void dataFlowsPerProfile() {
        assertThat(catalog.dataFlows(Profile.OPENSTACK)).extracting(DataFlow::id).containsExactly("ingress",
                "control-plane-ha", "gitops", "secrets", "observability", "policy", "auth", "headlamp", "olm",
                "storage", "cloud-controller");
        assertThat(catalog.dataFlows(Profile.GENERIC)).extracting(DataFlow::id)
                .contains("storage-longhorn").doesNotContain("storage", "cloud-controller").hasSize(10);
        for (Profile p : Profile.values()) {
            for (DataFlow f : catalog.dataFlows(p)) {
                for (String end : f.endpoints()) {
                    boolean actor = catalog.actor(end).isPresent();
                    boolean service = catalog.service(end).map(s -> s.in(p)).orElse(false);
                    assertThat(actor || service).as(f.id() + " endpoint " + end + " in " + p).isTrue();
                }
            }
        }
    }

    private Set<String> transitiveDependencies(String id, Profile profile) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(catalog.dependencies(id, profile));
        while (!todo.isEmpty()) {
            String next = todo.poll();
            if (seen.add(next)) {
                todo.addAll(catalog.dependencies(next, profile));
            }
        }
        return seen;
    }
}
