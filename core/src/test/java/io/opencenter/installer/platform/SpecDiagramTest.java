package io.opencenter.installer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drift test is only as good as its reading of the spec file; this pins the reader down. */
class SpecDiagramTest {

    @Test
    void findsTheSpecBesideAnAncestorOfTheProjectDirectory(@TempDir Path root) throws Exception {
        Path spec = root.resolve(SpecDiagram.RELATIVE);
        Files.createDirectories(spec.getParent());
        Files.writeString(spec, "x");
        Path project = Files.createDirectories(root.resolve("wt/platform/sub"));

        assertThat(SpecDiagram.locate(project)).contains(spec.toAbsolutePath());
    }

    @Test
    void findsNothingWhenNoAncestorHasTheSpec(@TempDir Path root) throws Exception {
        Path project = Files.createDirectories(root.resolve("wt/platform"));
        Files.createDirectories(root.resolve("shared/other"));

        // an ancestor of the temp dir could hold a real spec; none inside it may be found
        assertThat(SpecDiagram.locate(project).filter(p -> p.startsWith(root))).isEmpty();
    }

    @Test
    void readsTheThreeSections() {
        SpecDiagram d = SpecDiagram.parse(List.of(
                "Namespace Layout",
                "| Namespace | Services | Purpose |",
                "|---|---|---|",
                "velero | Velero server | Backup",
                "harbor | Harbor Core, Registry, Trivy | Registry with scanning",
                "Data Flow Summary",
                "- Ingress path: External traffic → MetalLB",
                "- Storage path: PVC created → Cinder",
                "OpenStack-Specific Differences",
                "| Concern | Generic Cluster | OpenStack Cluster |",
                "|---|---|---|",
                "| Storage namespace | longhorn-system | cinder-csi |",
                "Related",
                "- Logical Diagram — generic cluster architecture"));

        assertThat(d.namespaces()).containsExactly(
                new SpecDiagram.NamespaceRow("velero", List.of("Velero server"), "Backup"),
                new SpecDiagram.NamespaceRow("harbor", List.of("Harbor Core", "Registry", "Trivy"), "Registry with scanning"));
        assertThat(d.dataFlows()).containsExactly(
                new SpecDiagram.FlowLine("Ingress path", "External traffic → MetalLB"),
                new SpecDiagram.FlowLine("Storage path", "PVC created → Cinder"));
        assertThat(d.row("Storage namespace"))
                .isEqualTo(new SpecDiagram.ComparisonRow("Storage namespace", "longhorn-system", "cinder-csi"));
    }

    @Test
    void normalizesPluralsCaseAndPunctuation() {
        assertThat(CatalogSpecDriftTest.normal("Notification controllers"))
                .isEqualTo(CatalogSpecDriftTest.normal("Notification controller"))
                .isEqualTo("notification controller");
        assertThat(CatalogSpecDriftTest.normal("kube-vip")).isEqualTo("kube vip");
    }
}
