package io.opencenter.installer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceSelectionTest {
    private final Catalog catalog = Catalog.builtIn();

    @Test
    void disablingVeleroDropsItAndItsNamespace() {
        ServiceSelection s = catalog.select(Profile.OPENSTACK, List.of("velero"));

        assertThat(s.isEnabled("velero")).isFalse();
        assertThat(s.disabled()).containsExactly("velero");
        assertThat(s.keptBecause()).isEmpty();
        assertThat(s.namespaceIds()).doesNotContain("velero").contains("harbor", "cinder-csi").hasSize(14);
    }

    @Test
    void nothingDisabledRunsEveryServiceOfTheProfile() {
        assertThat(catalog.select(Profile.OPENSTACK, List.of()).enabled()).hasSize(catalog.services(Profile.OPENSTACK).size());
        assertThat(catalog.select(Profile.GENERIC, List.of()).namespaceIds())
                .contains("longhorn-system").doesNotContain("cinder-csi").hasSize(15);
    }

    @Test
    void aDisabledServiceThatAnEnabledOneNeedsIsKeptWithTheReason() {
        ServiceSelection s = catalog.select(Profile.OPENSTACK, List.of("keycloak"));

        assertThat(s.isEnabled("keycloak")).isTrue();
        assertThat(s.disabled()).doesNotContain("keycloak");
        assertThat(s.keptBecause()).containsEntry("keycloak", List.of("headlamp"));
    }

    @Test
    void disablingEveryUserOfAServiceLetsItGo() {
        ServiceSelection s = catalog.select(Profile.OPENSTACK, List.of("keycloak", "headlamp"));

        assertThat(s.isEnabled("keycloak")).isFalse();
        assertThat(s.isEnabled("headlamp")).isFalse();
        // rbac-bindings only orders itself after Keycloak; it does not pull it back in
        assertThat(s.isEnabled("rbac-bindings")).isTrue();
        assertThat(s.keptBecause()).isEmpty();
    }

    @Test
    void requiredServicesCannotBeDisabled() {
        ServiceSelection s = catalog.select(Profile.OPENSTACK,
                List.of("kyverno", "cert-manager", "cinder-csi", "openstack-ccm", "harbor-registry"));

        assertThat(s.enabled()).extracting(ServiceDef::id)
                .contains("kyverno", "cert-manager", "cinder-csi", "openstack-ccm", "harbor-registry");
        assertThat(s.disabled()).isEmpty();
    }

    @Test
    void unknownIdsAreIgnored() {
        ServiceSelection s = catalog.select(Profile.OPENSTACK, List.of("no-such-service"));
        assertThat(s.disabled()).isEmpty();
        assertThat(s.enabled()).hasSize(catalog.services(Profile.OPENSTACK).size());
    }

    @Test
    void disablingAnOwnerDisablesItsParts() {
        ServiceSelection s = catalog.select(Profile.OPENSTACK, List.of("harbor"));

        assertThat(s.disabled()).containsExactlyInAnyOrder("harbor", "harbor-registry", "harbor-trivy");
        assertThat(s.namespaceIds()).doesNotContain("harbor");
    }

    @Test
    void anOptionalPartCanBeDisabledAlone() {
        ServiceSelection s = catalog.select(Profile.OPENSTACK, List.of("harbor-trivy"));

        assertThat(s.disabled()).containsExactly("harbor-trivy");
        assertThat(s.isEnabled("harbor")).isTrue();
        assertThat(s.isEnabled("harbor-registry")).isTrue();
    }

    @Test
    void disablingKafkaKeepsItForTheObservabilityPipeline() {
        ServiceSelection s = catalog.select(Profile.GENERIC, List.of("kafka"));

        assertThat(s.isEnabled("kafka")).isTrue();
        assertThat(s.keptBecause().get("kafka")).containsExactlyInAnyOrder("loki", "tempo", "otel-collector");
    }

    @Test
    void disablingTheWholeObservabilityStackEmptiesItsNamespace() {
        ServiceSelection s = catalog.select(Profile.OPENSTACK,
                List.of("prometheus", "loki", "promtail", "tempo", "otel-collector", "kafka"));

        assertThat(s.namespaceIds()).doesNotContain("observability");
        assertThat(s.disabled()).contains("grafana", "alertmanager", "strimzi-operator");
    }

    @Test
    void storageTotalsFollowTheSelection() {
        ServiceSelection all = catalog.select(Profile.OPENSTACK, List.of());
        ServiceSelection noHarbor = catalog.select(Profile.OPENSTACK, List.of("harbor"));
        int harborGb = catalog.service("harbor").orElseThrow().storageGb()
                + catalog.service("harbor-registry").orElseThrow().storageGb()
                + catalog.service("harbor-trivy").orElseThrow().storageGb();

        assertThat(all.storageGb()).isPositive()
                .isEqualTo(all.enabled().stream().mapToInt(ServiceDef::storageGb).sum());
        assertThat(harborGb).isEqualTo(117);
        assertThat(all.storageGb() - noHarbor.storageGb()).isEqualTo(harborGb);
        assertThat(all.volumeCount() - noHarbor.volumeCount()).isEqualTo(5);
        assertThat(catalog.select(Profile.OPENSTACK, List.of("velero")).storageGb()).isEqualTo(all.storageGb());
    }

    @Test
    void dataFlowsOfASelectionDropStepsThroughDisabledServices() {
        ServiceSelection s = catalog.select(Profile.OPENSTACK, List.of("tempo", "headlamp"));
        List<DataFlow> flows = catalog.dataFlows(s);

        assertThat(flows).extracting(DataFlow::id).doesNotContain("headlamp").contains("observability", "ingress");
        DataFlow observability = flows.stream().filter(f -> f.id().equals("observability")).findFirst().orElseThrow();
        assertThat(observability.endpoints()).doesNotContain("tempo").contains("loki", "grafana", "app-pods");
        assertThat(catalog.dataFlows(catalog.select(Profile.GENERIC, List.of()))).extracting(DataFlow::id)
                .contains("storage-longhorn").doesNotContain("cloud-controller");
    }
}
